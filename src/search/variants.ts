/**
 * Characters Taiwan writes interchangeably, folded to one form in every search key (normalise.ts),
 * so that 台東辦事處 finds 臺東辦事處 and 櫃台 finds 櫃檯 and 櫃臺. Highlights and text-fragment
 * links still point at the text as written (match.ts maps keys back to it).
 *
 * The groups are not guessed: `variantGroups()` in opencc.ts derives them at build time from
 * OpenCC's tables, and tests/search/variants.test.ts fails when this list and that derivation
 * differ. The list is written out here because the browser must fold queries exactly as the
 * build folded the index, without downloading OpenCC.
 *
 * Each group is "|"-separated; its first character is the form every member folds to.
 */
export const VARIANT_GROUPS =
  '偽僞|兑兌|卧臥|叁叄|參蔘|只衹|台枱檯臺|吃喫|唇脣|啟啓|囱囪|妝粧|媪媼|媯嬀|嫻嫺|峰峯|布佈|幺么|床牀|悦悅|愠慍|户戶|才纔|捝挩|揾搵|敘敍|敚敓|柺枴|核覈|梁樑|棁梲|棱稜|榅榲|檐簷|氲氳|污汙|泄洩|涚涗|温溫|溈潙|溼濕|潨潀|灶竈|為爲|煴熅|痴癡|痹痺|皂皁|眾衆|着著|睾睪|秘祕|税稅|粽糉糭|線綫|縕緼|缽鉢|群羣|脱脫|腽膃|葱蔥|蒀蒕|蒍蔿|蘊藴|蜕蛻|衛衞|裡裏|說説|踊踴|轀輼|醞醖|針鍼|鉤鈎|銳鋭|閱閲|韁繮|顎齶|鯰鮎|鰮鰛|麵麪';

/** Member → the form it folds to; built once from VARIANT_GROUPS. */
const FOLD = new Map<string, string>();
for (const group of VARIANT_GROUPS.split('|')) {
  const [first, ...rest] = [...group];
  for (const char of rest) FOLD.set(char, first);
}

/** The form a character folds to (itself when it is in no group). */
export function foldVariant(char: string): string {
  return FOLD.get(char) ?? char;
}

/** The groups as arrays of characters, the folded form first. */
export function variantGroupList(groups: string = VARIANT_GROUPS): string[][] {
  return groups.split('|').map((group) => [...group]);
}
