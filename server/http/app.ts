import http from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Database } from "../db/database.ts";
import type { AtlasSchema } from "../graphql/build-schema.ts";
import type { Logger } from "../logger.ts";
import { clientAssets } from "./client-assets.ts";
import { healthz } from "./healthz.ts";

export interface HttpServerOptions {
  database: Database;
  schema: AtlasSchema;
  logger: Logger;
  /** The built client (dist/client). */
  clientDir: string;
}

export interface AtlasHttpServer {
  app: express.Express;
  httpServer: http.Server;
  /** Listens on the port (0 picks a free one) and resolves with the port taken. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export async function createHttpServer({ database, schema, logger, clientDir }: HttpServerOptions): Promise<AtlasHttpServer> {
  const app = express();
  const httpServer = http.createServer(app);
  // Apollo's own landing page loads from a CDN; our IDE is bundled with the client at /graphiql.
  const apollo = new ApolloServer({
    schema: schema.schema,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(helmet());
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === "/healthz" } }));
  app.get("/healthz", healthz(database));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        token: req.headers.authorization?.replace(/^Bearer\s+/i, ""),
        sessionConfig: database.name ? { database: database.name } : undefined,
      }),
    }),
  );
  app.use(clientAssets(clientDir));

  return {
    app,
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          httpServer.off("error", reject);
          const address = httpServer.address();
          resolve(typeof address === "object" && address ? address.port : port);
        });
      });
    },
    async close() {
      await apollo.stop();
    },
  };
}
