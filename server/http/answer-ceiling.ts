import type { NextFunction, Request, Response } from "express";

/** A size as people say it: 74 KB, 8 MB, 41.3 MB. */
function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
}

/**
 * Sends no /graphql answer larger than `maxAnswerBytes` (ApiLimits): the client gets an error with
 * code ANSWER_TOO_LARGE saying so and to ask for fewer rows, and the server's log the size. The
 * cost limit refuses most such queries before they run; this holds where the cost cannot know the
 * rows (long texts, a custom query's answer). Mounted after the answer cache, so its `send` is the
 * one Apollo calls first, and the cache never keeps what this refuses (it keeps no answer with errors).
 */
export function answerCeiling(maxAnswerBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (sent: unknown) => {
      const bytes = typeof sent === "string" ? Buffer.byteLength(sent) : Buffer.isBuffer(sent) ? sent.length : 0;
      if (bytes <= maxAnswerBytes) return send(sent);
      req.log?.warn({ bytes, maxAnswerBytes }, "answer over maxAnswerBytes not sent");
      const message = `The answer is ${sizeText(bytes)} (${bytes} bytes), over the limit of ${sizeText(maxAnswerBytes)} (maxAnswerBytes), so it was not sent; ask for fewer rows (a smaller limit or a narrower filter) or fewer fields.`;
      return send(JSON.stringify({ errors: [{ message, extensions: { code: "ANSWER_TOO_LARGE", limit: "maxAnswerBytes" } }] }));
    };
    next();
  };
}
