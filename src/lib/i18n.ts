/**
 * Every UI string of the site, in one dictionary: Traditional Chinese first, with English labels
 * for structure names where they help readers from outside. Text from the reports never comes
 * from here; it is shown as written.
 */
export const ui = {
  siteName: '標準檢驗局提升服務效能計畫與成果',
  siteNameEn: 'BSMI Service Improvement Plans and Reports',
  siteDescription:
    '經濟部標準檢驗局總局及各分局「提升服務效能」執行計畫與執行績效與成果：依分局、年度、構面與作法瀏覽，每一列執行策略都有永久連結。',
  skipToContent: '跳到主要內容',
  mainNavigation: '主選單',
  breadcrumb: '導覽路徑',
  home: '首頁',

  branch: '分局',
  branches: '分局與總局',
  branchesEn: 'Branches',
  fieldOffices: '辦事處',
  noFieldOffices: '（無所屬辦事處）',
  year: '年度',
  years: '年度',
  yearsEn: 'Years',
  document: '文件',
  documents: '文件',
  kind: '類型',
  dimension: '構面',
  dimensions: '構面',
  dimensionsEn: 'Dimensions',
  framework: '評核架構',
  practice: '作法主題',
  practices: '作法主題',
  practicesEn: 'Practices',
  strategy: '執行策略',
  strategyEn: 'Strategy',
  method: '執行方法',
  methodEn: 'Method',
  item: '細項',
  itemEn: 'Sub-item',
  units: '主辦單位',
  unitsEn: 'Responsible units',
  actions: '具體作法',
  actionsEn: 'Actions',
  results: '執行績效與成果',
  resultsEn: 'Results',
  rowId: '編號',
  rows: '列',
  rowCount: '列數',
  maxPoints: '配分',
  points: '分',
  about: '關於本站',
  aboutEn: 'About & method',
  data: '開放資料',
  dataEn: 'Data',
  search: '搜尋',
  searchEn: 'Search',
  searchLabel: '搜尋報告內容',
  searchPlaceholder: '例如：電話禮貌、單一窗口',
  searchSubmit: '搜尋',
  searchRowsLabel: '搜尋執行策略列',
  searchHint: '列出所有含有這個詞句的執行策略列；空白、全形／半形英數字、大小寫、台／臺等通用字與數字的分隔符號不影響比對，也可以輸入簡體字。',
  searchResults: '搜尋結果',
  searchFilters: '篩選搜尋結果',
  /** {n} and {q} are filled in by the search page. */
  searchCount: '{n} 列含有「{q}」',
  searching: '搜尋中…',
  searchPrompt: '請輸入要搜尋的詞句。',
  /** {n}: how many more rows the button shows. */
  searchMore: '顯示更多（再 {n} 列）',
  searchMoreStatic: '顯示更多',
  searchError: '搜尋暫時無法使用，請稍後再試。',
  /** {variants}: the spellings searched, e.g. 「電話禮貌」. */
  searchVariants: '已改以繁體字搜尋：{variants}',
  searchClearFilters: '清除篩選',
  searchNoScript: '搜尋需要啟用 JavaScript。也可以依下列方式瀏覽：',

  plan: '執行計畫',
  report: '執行績效與成果',

  browseBy: '瀏覽方式',
  documentsOfYear: '本年度文件',
  practicesOverTime: '歷年作法',
  noDocuments: '目前尚無文件。',

  sourceText: '原始文字檔',
  sourceLines: '原文行號',
  lineRange: (from: number, to: number) => (from === to ? `第 ${from} 行` : `第 ${from}–${to} 行`),
  sourceView: '原文（含行號）',
  sourceViewIntro: '以下為原始文字檔逐行內容（未經修改），行號供引用對照。',
  downloadSource: '下載原始文字檔',
  issuedOn: '訂定',
  strategyTable: '執行策略表',
  scores: '考核項目成績',
  scoresEn: 'Assessment scores',
  score: '得分',
  total: '總分',
  grade: '等第',
  assessedOn: '考核年月',
  scale: '等第標準',
  permalink: '永久連結',
  permalinkEn: 'Permalink',
  copyLink: '複製連結',
  copied: '已複製連結',
  copyFailed: '無法自動複製，請手動選取上方網址。',
  citation: '引用格式',
  citationEn: 'How to cite',
  accessed: '檢索日期',
  retrievedFrom: '取自',
  /** The bureau's full name, prefixed to a branch name in citations (經濟部標準檢驗局花蓮分局). */
  bureau: '經濟部標準檢驗局',
  previousRow: '上一列',
  nextRow: '下一列',
  inDocument: '所屬文件',
  samePracticeElsewhere: '其他分局與年度的同一作法',
  samePracticeElsewhereEn: 'The same practice elsewhere',
  noOtherRows: '其他文件尚無此作法的紀錄。',
  elsewhereShown: (shownDocuments: number, totalDocuments: number, totalRows: number) =>
    `以上列出年度最接近的 ${shownDocuments} 份文件；共有 ${totalDocuments} 份文件、${totalRows} 列談到此作法。`,
  elsewhereAll: '在作法主題頁並列全部',
  frameworkItem: '對應範本項目',
  unmatched: '未對應範本項目',
  weakMatch: '（相似度較低，待人工確認）',
  practiceComparisonEn: 'What each branch did',
  whatTheyDid: '作法與成果',
  scrollHint: '表格可左右捲動',

  coverage: '內容覆蓋率',
  coverageEn: 'Coverage',
  encoding: '編碼',
  layout: '版面格式',
  sha256: 'SHA-256',
  licence: '授權',
  licenceName: '政府資料開放授權條款－第1版',
  licenceNameEn: 'Open Government Data License, version 1.0',
  licenceUrl: 'https://data.gov.tw/license',
  attribution: '資料來源：經濟部標準檢驗局及所屬分局。',
  crosswalk: '範本項目與作法主題對照',
  crosswalkEn: 'Crosswalk',

  compare: '比較',
  compareEn: 'Compare',
  chartDownloads: '下載：',
  indicatorCharts: '報告中的數字',
  indicatorChartsHint: '從這個作法主題各列的執行成果原句讀出的數字，依分局與年度並列；表中附原句與出處。',
  compareBranch: '比較此分局與其他分局的數字',
  comparePractice: '在比較頁並列此作法主題',

  footerLinks: '頁尾連結',
  sitemapLink: '網站地圖 Sitemap',
  onThisPage: '本頁目錄',
  homeSearch: '首頁搜尋',
  searchAgain: '重新搜尋',
  includedDocuments: '收錄文件',
  templateItem: '範本項目',
  dimensionAcross: (label: string) => `${ui.dimension}「${label}」：各分局與年度並列`,
  frameworkDocuments: '使用此架構的文件',
  coverageLine: (covered: string, content: string, uncovered: number, excluded: number) =>
    `（${covered}／${content} 字元${uncovered > 0 ? `，未涵蓋 ${uncovered} 行` : ''}${excluded > 0 ? `，版面行 ${excluded} 行` : ''}）`,
  countDocumentsRows: (documents: number, rows: number) => `目前收錄 ${documents} 份文件、${rows} 列執行策略。`,
  downloads: '下載',
  downloadsEn: 'Downloads',
  urlScheme: '網址規則',
  urlSchemeEn: 'URL scheme',
  fieldsOf: (file: string) => `${file} 欄位`,
  fieldName: '欄位',
  fieldType: '型別',
  fieldDescription: '說明',
  schemaOf: '結構',
  sourcesHeading: '資料來源',
  sourcesHeadingEn: 'Sources',
  frameworksHeading: '評核架構',
  frameworksHeadingEn: 'Frameworks',
  licenceEn: 'Licence',
  notFoundTitle: '找不到這個頁面',
  notFoundBody: '網址可能有誤，或頁面已移動。可從首頁或搜尋重新找起。',
  footerNote: '本站內容取自各機關公開之文件，原文以原始文字檔為準。',

  // ---- search: result order and suggestions (src/search/page.ts, src/components/search/) ----
  searchSort: '排序',
  searchSortRelevance: '相關度',
  searchSortNewest: '最新',
  searchSortOldest: '最舊',
  /** {q}: the query as typed. */
  searchNone: '沒有列含有「{q}」。',
  searchSuggestionsLead: '以下相近的詞句有結果：',
  /** {n}: rows the suggested phrase finds. */
  searchSuggestionCount: '（{n} 列）',
} as const;

// Synthetic corpus preview (scripts/synthetic/): the banner every page of a SYNTHETIC=1 build shows.
export const syntheticText = {
  banner: '合成示範資料',
  bannerEn: 'Synthetic demonstration data',
  explanation: '本站此版本由程式依五份真實文件合成，機關、年度與數字皆為虛構，僅供測試與檢視版面之用，請勿引用。',
} as const;

export type UiKey = keyof typeof ui;

/**
 * UI strings of the charts and the compare pages (src/charts, src/components/charts,
 * src/pages/compare). Kept apart from `ui` and free of references to it, so the compare page's
 * island can import this object alone. Strings that already exist in `ui` are taken from there.
 */
export const chartText = {
  // Document labels in bars and matrix columns: "基隆 102 成果".
  planShort: '計畫',
  reportShort: '成果',

  // Values and counts.
  notMentioned: '未提及',
  rowsCount: (n: number) => `${n} 列`,
  rowsUnit: '列',
  charsUnit: '字',
  charCount: '字數',

  // Indicator charts.
  indicatorCaption: (label: string, unit: string, description: string) => `${label}（${unit}），依分局與年度比較：${description}`,
  noScoresTables: '沒有文件附自行考核成績表。',
  noResultsOnPractice: '沒有文件的執行成果談到這個作法主題。',
  scoresIndicatorSource: '資料來源：各文件所附「考核項目成績」表；表中每個數字連到它所在的原文行。',
  indicatorsJsonDownload: '全部指標數值下載（JSON）',

  // Practice charts and the coverage matrix.
  crosswalkSource: '資料來源：各文件的執行策略表，依範本項目與作法主題對照表歸類。',
  matrixLegend: '數字：該文件談到此主題的列數；「–」：未提及',

  // Per-document charts: scores and profile.
  scoresTitle: (document: string) => `${document} 自行考核成績`,
  scoresDesc: (title: string, grade: string, items: string) => `${title}，等第「${grade}」：${items}。`,
  scoresCaption: (total: number, max: number, grade: string, assessedOn: string) =>
    `各構面得分與該構面配分的比例（虛線框為配分、實心為得分），總分 ${total}／${max}，等第「${grade}」，考核年月 ${assessedOn}。`,
  scoresSource: (document: string, from: number, to: number) => `資料來源：${document}所附考核項目成績表（原文第 ${from}–${to} 行）`,
  scoreRate: '得分率',
  profileTitle: (document: string) => `${document} 各構面列數與字數`,
  profileItem: (label: string, rows: number, chars: string) => `${label} ${rows} 列、${chars} 字`,
  profileCaption: '每個構面（或策略）有幾列執行策略，以及這些列的具體作法與執行成果共有多少字（不計空白）：看出文件把篇幅花在哪裡。',
  profileSource: (document: string) => `資料來源：${document}的執行策略表。`,

  // The compare form and its island.
  branchesLegend: '分局（不勾選＝全部）',
  indicators: '指標',
  allIndicators: '全部指標',
  anyPractice: '不限',
  apply: '套用',
  shareView: '分享此檢視：',
  all: '全部',
  branchesChosen: (n: number) => `${n} 個`,

  // The extraction report: what was not counted, and why.
  reportHeading: '未採計與重複的數字',
  reportIntro:
    '指標的樣式在文件中找到數字，但數字彼此矛盾或單位不同時，該文件不給數值，找到的句子列在這裡；同一數字出現在多句時採計第一句，也列在這裡供查核。',
  noReport: '沒有不明確或重複的數字。',
  situationColumn: '情形',
  candidatesColumn: '找到的數字與原句',
  reasonConflicting: '數字互相矛盾，未採計',
  reasonUnitDiffers: '單位不同，未採計',
  reasonRepeated: '多句數字一致，已採計第一句',
  reasonScoresUnplaced: '找不到成績所在的原文行，未採計',
  noteUnitDiffers: (units: readonly string[]) => `單位不是${units.join('或')}，未採計。`,
  noteConflicting: (n: number) => `找到 ${n} 個不同的數字，無法判定哪一個是本指標，未採計。`,
  noteRepeated: '同一數字出現在多個句子，數值一致；引用第一句。',
  noteScoresUnplaced: '成績表的分數不在同一行原文中，無法引用原句，未採計。',

  // Compare pages.
  compareTitle: '比較分局與年度',
  compareTitleEn: 'Compare branches and years',
  compareDescription:
    '以圖表比較各分局、各年度執行成果中的數字：教育訓練場次、電話禮貌測試人次、陳情案件、滿意度問卷、網路申辦、免費檢測與自行考核成績；每個數字都附原句與出處。',
  compareLead:
    '報告裡的數字（場次、人次、件、%）依分局與年度並列成圖。每個數字都是從「執行績效與成果」欄的原句讀出，表中附原句並連到該列；讀不出唯一數字的情形列在頁末報告，不會猜測。',
  staticViews: '不需 JavaScript 的比較頁',
  eachIndicator: '各指標',
  eachPractice: '各作法主題',
  documentsWithValue: (n: number) => `（${n} 份文件有數值）`,
  dataDownloads: '資料下載：',
  indicatorsJson: '指標數值 JSON',
  indicatorsCsv: '指標數值 CSV',
  indicatorsDownloadNote: '（每個數值一筆，含原句與出處）。',
  indicatorPageTitle: (label: string) => `${label}：分局與年度比較`,
  indicatorPracticeNote: '（只在這個主題的列中找數字）。',
  chooseOnComparePage: '在比較頁選擇分局與年度',
  needsJavaScript: '（需要 JavaScript）',
  allIndicatorsCsv: '全部指標數值 CSV',
  practicePageTitle: (label: string) => `${label}：各文件比較`,
  practicePageDescription: (label: string, en: string) => `${label}（${en}）在各分局、各年度文件中的列數與相關指標。`,
  fullRowsOn: '各列全文見',
  practicePage: '作法主題頁',
  relatedIndicators: '相關指標',
  noIndicatorsForPractice: '這個作法主題沒有定義數字指標。',
} as const;

/**
 * Page descriptions and explanatory prose: site text, not report text. Kept here with the UI
 * strings so all wording the site adds lives in one place.
 */
export const prose = {
  homeIntro:
    '經濟部標準檢驗局（BSMI）總局與基隆、新竹、臺中、臺南、高雄、花蓮六個分局，每年依行政院「政府服務躍升方案」訂定「提升服務效能執行計畫」，並於年度結束後提出「執行績效與成果」。',
  homeWhat:
    '本站收錄這些文件的全文，把每一列執行策略（構面、策略、方法、主辦單位、具體作法、執行成果）整理成可以依分局、年度、構面與作法主題瀏覽與比較的頁面；每一列都有永久連結，並可回溯到原始文字檔的行號。',
  branchesDescription: '經濟部標準檢驗局總局與六個分局及所屬辦事處，以及各自歷年的提升服務效能文件。',
  branchDescription: (name: string, en: string) => `${name}（${en}）歷年提升服務效能執行計畫與執行績效與成果，以及各年度的作法主題。`,
  yearsDescription: '依年度瀏覽各分局與總局的提升服務效能執行計畫與執行績效與成果。',
  yearDescription: (label: string, titles: string[]) => `${label}各分局與總局的提升服務效能文件：${titles.join('、')}。`,
  documentDescription: (label: string, headings: string[], rows: number) =>
    `${label}全文：${headings.join('、')}，共 ${rows} 列執行策略。`,
  sourceDescription: (title: string, lines: number) => `${title}的原始文字檔逐行內容，共 ${lines} 行。`,
  dimensionsDescription: '依評核架構的構面瀏覽：每個構面下各分局、各年度的執行策略列，依策略與方法分組並列。',
  dimensionsIntro: '文件依循的評核架構隨年度改變；每個架構的構面各有一頁，收錄所有分局與年度在該構面下的執行策略列。',
  dimensionDescription: (framework: string, title: string, documents: number, rows: number) =>
    `${framework}${title}：${documents} 份文件、${rows} 列執行策略，依策略與方法分組並列。`,
  practicesDescription: '跨越不同評核架構的作法主題（如電話禮貌、無障礙、單一窗口、滿意度調查），每個主題並列各分局與年度的作法。',
  practicesIntro:
    '作法主題是本站整理的共同分類：評核架構的每個範本項目都對應到一個以上的作法主題，因此不同年度、不同架構下的同一類作法可以並列比較。',
  practiceDescription: (label: string, en: string, description: string, documents: number, rows: number) =>
    `${label}（${en}）：${description} 並列 ${documents} 份文件、${rows} 列執行策略。`,
  searchDescription: '搜尋各分局與總局歷年執行計畫及成果中的每一列執行策略：輸入報告中的詞句，列出所有含有該詞句的列。',
  aboutDescription: '本站的資料來源、三套評核架構、範本項目與作法主題的對照、內容覆蓋率，以及資料授權。',
  aboutSources:
    '經濟部標準檢驗局（總局）及基隆、新竹、臺中、臺南、高雄、花蓮分局依「政府服務躍升方案」每年訂定「提升服務效能執行計畫」（1 月），並於年度結束後提出「執行績效與成果」。本站收錄的每份文件都以原始文字檔公開，位元組不作任何修改；文件的分局、年度與類型一律由文件本身的標題判定，不依檔名。',
  aboutNormalisation:
    '匯入時，文字先統一為 Unicode NFC（折疊 PDF 轉出的相容表意字）、對應私用區項目符號、移除 <p> 標記並合併連續空白，其餘一字不改。每一列執行策略都記錄它在原始檔中的行號範圍。',
  aboutFrameworks:
    '文件依循的評核架構隨時間改變。為了跨年度比較，本站把每一列對應到所屬架構的構面與範本項目（依語意比對，而非依編號），再經由對照表對應到作法主題。',
  aboutCrosswalk: (weak: number) =>
    `對照表是人工審閱的資料（content/reference/crosswalk.yaml），把每個架構的每個範本項目（策略、方法、細項）對應到一個以上的作法主題。比對相似度偏低的列（目前 ${weak} 列）會在匯入報告中列出，供人工確認。`,
  aboutCoverage: (content: string, covered: string, ratio: string, uncovered: number) =>
    `覆蓋率檢查原始檔每一行內容（去除版面用的重複表頭、頁尾與空白行）是否都出現在本站的某個元素中，且該元素記錄的行號範圍包含這一行。全部文件合計 ${content} 個內容字元，其中 ${covered} 個可在模型中找到（${ratio}）；未涵蓋的行共 ${uncovered} 行。`,
  aboutLicenceLead: '本站的資料（文件內容與開放資料下載）依下列條款提供，利用時請標示出處：',
  aboutAttribution: '經濟部標準檢驗局及所屬分局，提升服務效能執行計畫與執行績效與成果，依政府資料開放授權條款－第1版釋出。',
  aboutCopyright: '各文件的著作權屬原發布機關；原文以原始文字檔為準。',
  dataDescription:
    '下載所有執行策略列與文件的開放資料：strategies.json、strategies.csv（UTF-8 含 BOM）、documents.json，附欄位說明與 JSON Schema。',
  dataIntro: '本站所有內容都可下載，依政府資料開放授權條款提供，利用時請標示出處。',
  dataStrategiesJson: (rows: number) => `全部 ${rows} 列執行策略（JSON 陣列，每列一筆）。`,
  dataStrategiesCsv: '同上，CSV 格式（UTF-8 含 BOM，Excel 可直接開啟中文；欄位內換行以引號包住）。',
  dataDocumentsJson: (documents: number) => `全部 ${documents} 份文件（含考核項目成績）。`,
  dataSources: '原始文字檔：每份文件頁的「原始文字檔」連結，位址為 /sources/<文件代碼>.txt，內容與收到的檔案逐位元組相同。',
  dataUrls: '網址只由文件本身的資料組成（分局代碼、民國年、文件類型、列編號），不依排列順序，因此新增文件只會增加網址，既有網址永遠指向同一內容。',
  dataUrlDocument: '文件',
  dataUrlRow: '執行策略列（各層編號取自文件本身，沒有該層時為 0）',
  dataUrlDimension: '構面',
  dataUrlPractice: '作法主題',
  dataCsvColumns:
    'CSV 的每一欄對應 strategies.json 的同名欄位（巢狀欄位以底線攤平，例如 branch.id → branch_id）；多值欄位（主辦單位、作法主題）以分號連接。',
  dataIndicatorsJson: (values: number, indicators: number) =>
    `${indicators} 個指標共 ${values} 個數值，每個數值附上讀出它的原句（quote）與該列的永久連結（permalink）。`,
  dataIndicatorsCsv: '同上，CSV 格式（UTF-8 含 BOM）。',
  dataIndicatorCsvColumns:
    'CSV 的每一欄對應 indicators.json 的欄位（巢狀欄位以底線攤平，例如 year.roc → year_roc；permalink 欄是完整網址，即 JSON 的 url）。',
} as const;

export function kindLabel(kind: 'plan' | 'report'): string {
  return kind === 'plan' ? ui.plan : ui.report;
}


// ── Lineage and plan ↔ report pairing (row and document pages, src/lib/lineage-views.ts) ──
export const lineageText = {
  lineageHeading: '歷年沿革',
  lineageHeadingEn: 'This item over the years',
  lineageIntro: '同一分局、同類文件中對應同一範本項目的列。',
  previousYear: '前一年度',
  nextYear: '下一年度',
  crossFramework: '跨評核架構（依作法主題與語意比對）',
  weakLink: '相似度偏低，僅供參考',
  similarity: (value: number) => `文字相似度 ${value.toFixed(2)}`,
  firstAppears: (previousDocument: string) => `本年度首次出現：${previousDocument}未見此項目。`,
  notContinued: (nextDocument: string) => `未延續：${nextDocument}未見此項目。`,
  resumed: (previousDocument: string) => `${previousDocument}未見此項目，以下為更早一次出現。`,
  noEarlierDocument: '本站未收錄此分局更早年度的同類文件。',
  noLaterDocument: '本站尚未收錄此分局較晚年度的同類文件。',
  changesHeading: '與前一年度的文字差異',
  changesHeadingEn: 'Changes since the previous year',
  changesLegend: '標示方式：',
  insertedLegend: '新增的字詞（底線）',
  deletedLegend: '刪除的字詞（刪除線）',
  /** Read by screen readers before and after each change; hidden on screen. */
  insertedStart: '〔新增：',
  deletedStart: '〔刪除：',
  changeEnd: '〕',
  unchangedFields: (fields: string) => `${fields}與前一年度相同。`,
  noTextChanges: '文字與前一年度完全相同。',
  counterpartHeading: '計畫與成果對照',
  counterpartHeadingEn: 'Planned and reported',
  counterpartPlanned: '計畫的具體作法',
  counterpartReported: '成果報告的執行績效與成果',
  counterpartMidYear: (period: string) => `計畫所載執行績效與成果（${period}）`,
  counterpartRow: '對應的列',
  noCounterpartRow: (document: string) => `${document}沒有對應此範本項目的列。`,
  noCounterpartDocument: (kind: string) => `本站未收錄同一分局同年度的${kind}。`,
  differentFrameworks: '同年度的計畫與成果依循不同的評核架構，不逐列對照。',
  none: '（無）',
  pairHeading: '計畫與成果對照',
  pairHeadingEn: 'Planned ↔ reported',
  pairCounterpart: (kind: string) => `同年度的${kind}`,
  pairSummary: (paired: number, plannedOnly: number, reportedOnly: number) =>
    `依範本項目逐項對照：${paired} 項計畫且有成果，${plannedOnly} 項計畫有、成果未列，${reportedOnly} 項成果有、計畫未列。`,
  pairCaption: '範本項目的計畫列與成果列',
  pairItem: '範本項目',
  pairPlan: '計畫',
  pairReport: '成果',
  pairStatus: '對照',
  statusPaired: '已計畫、有成果',
  statusPlannedOnly: '計畫有、成果未列',
  statusReportedOnly: '成果有、計畫未列',
  plannedNotReportedHeading: '計畫有、成果未列的項目',
  reportedNotPlannedHeading: '成果有、計畫未列的項目',
  noItems: '無。',
} as const;

// ── Government-site conventions, policy pages, feeds, share images, embeds ──

/**
 * Wording of the conventions Taiwan's government sites follow (導盲磚, 網站導覽, policy pages,
 * 更新日期, the publishing agency), the feeds, the share images and the chart embeds.
 */
export const govText = {
  // 導盲磚: the ::: anchors with accesskeys, and what each region holds.
  accesskeyMark: ':::',
  accesskeyTop: '上方功能區',
  accesskeyCenter: '中央內容區',
  accesskeyBottom: '下方功能區',
  accesskeyTopHolds: '網站名稱、搜尋與主選單',
  accesskeyCenterHolds: '本頁主要內容',
  accesskeyBottomHolds: '更新日期、發布機關、意見回饋與政策連結',

  updated: '更新日期',
  /** Explains where the date comes from, on the guide page. */
  updatedRule:
    '每頁的更新日期取自該頁所呈現文件本身記載的日期（訂定函的日期；沒有時取自行考核年月；再沒有時只標示文件的年度），列出多份文件的頁面取其中最新的一份。',
  publisher: '發布機關',
  publisherName: '經濟部標準檢驗局',
  publisherUrl: 'https://www.bsmi.gov.tw/',
  feedback: '意見回饋',
  feedbackText: '對文件內容或本站的意見，請洽經濟部標準檢驗局全球資訊網',
  policies: '網站政策',

  // 網站導覽.
  guide: '網站導覽',
  guideEn: 'Site guide',
  guideDescription: '本站的導盲磚快速鍵（Alt+U、Alt+C、Alt+Z）說明與網站架構：各區、各分局與年度、構面、作法主題、比較、開放資料與訂閱。',
  guideAccesskeys: '快速鍵（導盲磚）',
  guideAccesskeysIntro:
    '本站依政府網站慣例，在每頁的上方、中央與下方各放一個「:::」導盲磚連結，並設定快速鍵，鍵盤與螢幕閱讀器使用者可直接跳到該區：',
  guideAccesskeysHow:
    '快速鍵的按法依瀏覽器而定：Windows 的 Chrome、Edge 為 Alt＋字母，Firefox 為 Alt＋Shift＋字母；macOS 為 Control＋Option＋字母。每頁開頭另有「跳到主要內容」連結，按 Tab 鍵即可看到。',
  guideKey: '快速鍵',
  guideRegion: '區域',
  guideHolds: '內容',
  guideStructure: '網站架構',
  guideFeeds: '訂閱（RSS）',
  guideFeedsIntro: '新文件收錄時，下列 RSS 2.0 訂閱會列出它（最新在前），可用任何 RSS 閱讀器訂閱：',
  feedAll: '全部文件',

  // 隱私權及資訊安全政策.
  privacy: '隱私權及資訊安全政策',
  privacyEn: 'Privacy and information security policy',
  privacyDescription: '本站不蒐集任何個人資料：沒有 Cookie、沒有表單送出、沒有第三方追蹤或統計；說明網站伺服器紀錄與資訊安全措施。',
  privacyCollects: '本站蒐集的資料',
  privacyNothing: [
    '本站不蒐集、不處理也不利用任何個人資料：沒有會員或登入、沒有需要送出的表單、不設定 Cookie、不使用瀏覽器儲存空間記錄您的資料，也不載入任何第三方的統計、廣告、字型或社群外掛。',
    '搜尋在您的瀏覽器中進行：搜尋字詞不會送到伺服器，只會出現在網址的查詢字串中（方便分享），伺服器只會收到下載搜尋索引檔的請求。比較頁的選擇同樣只存在網址中。',
    '與所有網站相同，提供本站的網頁伺服器可能依主管機關的資通安全規定，記錄連線的 IP 位址、時間與所請求的網址，僅供維運與資安事件調查使用，不與其他資料比對或提供他人，法令另有規定者除外。',
  ],
  privacySecurity: '資訊安全',
  privacySecurityText: [
    '本站是靜態網站：所有頁面在發布前產生，伺服器不執行程式、不連接資料庫，也不接受使用者上傳。',
    '每頁都以內容安全政策（Content-Security-Policy）限制只能載入本站的腳本與樣式，並禁止其他網站以框架嵌入（圖表嵌入頁除外）；另送出 X-Content-Type-Options、Referrer-Policy 與 Permissions-Policy 標頭。',
    '本站連到其他網站時，該網站的隱私權政策與本站無關。',
  ],
  privacyLaw: '本政策依《個人資料保護法》與《資通安全管理法》的精神訂定；政策修訂時公布於本頁。',

  // 政府網站資料開放宣告.
  openData: '政府網站資料開放宣告',
  openDataEn: 'Open data declaration',
  openDataDescription: '本站資料依「政府資料開放授權條款－第1版」開放，任何人都可以重製、改作、散布與商業利用，只需依規定標示出處；附標示範例。',
  openDataIntro:
    '為利各界利用政府資料，本站所有內容（文件全文、執行策略列、指標數值、圖表與下載檔案）以「政府資料開放授權條款－第1版」提供，您可以不限目的、時間及地域，非專屬、不可撤回、免授權金地重製、改作、編輯、公開傳輸或以其他方式利用，包括商業利用。',
  openDataAttribution: '利用時的出處標示',
  openDataAttributionIntro: '利用時請依授權條款標示下列資訊：提供機關、年度、資料集名稱與版本，並說明依政府資料開放授權條款－第1版釋出。例如：',
  /** The OGDL-Taiwan-1.0 attribution statement: agency, year, dataset name and version. */
  openDataStatement: (agency: string, year: string, dataset: string, version: string) =>
    `${agency}${year}${dataset}（${version}）。此開放資料依政府資料開放授權條款 (Open Government Data License) 進行公眾釋出，使用者於遵守本條款各項規定之前提下，得利用之。政府資料開放授權條款：https://data.gov.tw/license`,
  openDataDatasetName: '提升服務效能執行計畫與執行績效與成果',
  /** {n} documents, the version the data has. */
  openDataVersion: (newest: string, documents: number) => `收錄至${newest}，共 ${documents} 份文件`,
  openDataExceptions: '原始文件的著作權屬各發布機關；本站未收錄其他機關或第三人享有權利的內容。',
  openDataDownloads: '可下載的資料',

  // Accessibility statement on the about page.
  accessibility: '無障礙',
  accessibilityEn: 'Accessibility',
  accessibilityText:
    '現行的「網站無障礙規範」是民國110年（2021）的版本（當時由國家通訊傳播委員會訂定，現由數位發展部主管），以 WCAG 2.1 為基礎，分 A、AA、AAA 三個等級；各機關網站通常以 AA 等級為目標。以 WCAG 2.2 為基礎的修正版，本站查無已公布生效的資料。',
  accessibilitySource: '資料來源：數位發展部「無障礙網路空間服務網」',
  accessibilitySourceUrl: 'https://accessibility.moda.gov.tw/',
  accessibilityTesting:
    '本站以較新的 WCAG 2.2 為標準：每次發布前，自動檢測工具 axe 以 WCAG 2.0、2.1、2.2 的 A 與 AA 準則檢查每一頁（淺色與深色配色各一次），並以鍵盤逐一走過每種頁面；任何一項不通過就不發布。自動檢測無法涵蓋所有準則，發現問題請透過下方意見回饋告知。',

  // Feeds.
  feedTitle: '提升服務效能文件（最新在前）',
  feedBranchTitle: (branch: string) => `${branch}提升服務效能文件（最新在前）`,
  feedDescription: '經濟部標準檢驗局總局及各分局收錄的提升服務效能執行計畫與執行績效與成果，最新的文件在前。',
  feedItem: (rows: number, date: string) => `${rows} 列執行策略；文件日期：${date}。`,

  // schema.org Dataset on /data/: what each download holds.
  datasetDownloads: {
    'strategies.json': '每列執行策略一筆（JSON）',
    'strategies.csv': '每列執行策略一筆（CSV，UTF-8 含 BOM）',
    'documents.json': '每份文件一筆，含考核項目成績（JSON）',
    'indicators.json': '每個指標數值一筆，附原句與出處（JSON）',
    'indicators.csv': '每個指標數值一筆（CSV，UTF-8 含 BOM）',
  },

  // Share images.
  ogAlt: (title: string) => `${title}（分享圖）`,
  ogRows: (rows: number) => `${rows} 列執行策略`,
  ogDocuments: (documents: number, rows: number) => `${documents} 份文件・${rows} 列執行策略`,
  ogValues: (values: number) => `${values} 個數值`,
  ogMax: (value: string, unit: string) => `最高 ${value} ${unit}`,

  // Embeds.
  embed: '嵌入',
  embedHint: '複製下列語法貼到您的網頁，即可嵌入這張圖表（含說明、出處與授權）：',
  embedTitle: (title: string) => `${title}（嵌入）`,
  embedBack: '在「標準檢驗局提升服務效能計畫與成果」查看完整資料',
  embedSource: '資料來源：經濟部標準檢驗局及所屬分局',
} as const;

// ── Time as the axis of comparison: series charts, bounded summary and history pages ──
export const timeText = {
  organisation: '機關',
  noDocument: '尚未收錄文件',
  noValues: '沒有數值',
  latestValue: (roc: number, value: string) => `最新 ${roc}年：${value}`,
  seriesLegend: '每格一個機關；橫軸為民國年（下方為西元年），縱軸為數值；斜線圓點：成果只涵蓋部分期間。',
  partialMark: '*',
  ambiguousMark: '?',
  noValueMark: '–',
  seriesSummary: (values: number, valued: number, organisations: number) =>
    `共 ${values} 個年度數值，${organisations} 個機關中 ${valued} 個有數值；每個機關一格，同一縱軸。`,
  partialSummary: (partial: number, total: number) => `${total} 個數值中 ${partial} 個只涵蓋部分期間（斜線圓點，表中標 *）。`,
  ambiguousSummary: (documents: number) => `${documents} 份文件的數字不明確，未採計（表中標 ?）。`,
  tableMarks: '表中「–」：該年有文件但未寫出此數字；空白：尚未收錄文件。同一年有計畫與成果時採成果的數字。',
  panelRange: (count: number, first: number, last: number, latest: string) => `${count} 個年度（${first}–${last}年），最新 ${latest}`,
  rowsIndicatorSource: '資料來源：各文件「執行績效與成果」欄的原句；表中每個數字連到它所在的列，滑過圓點可見原句，CSV 下載附全部原句。',
  seriesTableCaption: (label: string, unit: string) => `${label}（${unit}）：各機關歷年數值`,
  practiceHeatmapTitle: (label: string) => `「${label}」：各機關歷年列數`,
  practiceHeatmapCaption: (label: string, mentioned: number, withDocuments: number) =>
    `每一格是該機關該年度文件（計畫與成果合計）中對應到「${label}」的執行策略列數；有文件的 ${withDocuments} 個機關年度中，${mentioned} 個提及。空白表示尚未收錄文件。`,
  practiceTableCaption: (label: string) => `「${label}」：各機關歷年列數`,
  yearsMentioning: (years: number, of: number) => `${of} 個年度中 ${years} 個提及`,
  heatmapLegend: '數字：該機關該年度談到此主題的列數；「–」：有文件但未提及；空白：尚無文件',
  coverageDesc: (practices: number, years: number, documents: number) =>
    `作法主題 × 年度，共 ${practices} 個主題、${years} 個年度、${documents} 份文件；每格為該年度提及該主題的文件數。`,
  coverageLegend: '數字：該年度提及此主題的文件數；「–」：該年度沒有文件提及',
  coverageCaption: '每一格是該年度有幾份文件談到該作法主題；表中寫成「提及文件數/該年度文件數」。各主題的分局與年度細節見作法主題頁。',
  coverageTableCaption: '各作法主題歷年提及的文件數',
  coverageTitle: '各年度文件談到哪些作法主題',

  // Listings in pages (history of a practice, items of a dimension).
  pagination: '分頁',
  pageOf: (page: number, pages: number) => `第 ${page} 頁，共 ${pages} 頁`,
  previousPage: '較新的一頁',
  nextPage: '較舊的一頁',
  pageNumber: (page: number) => `第 ${page} 頁`,
  newestFirst: (rows: number, documents: number) => `共 ${documents} 份文件、${rows} 列，由新到舊排列。`,
  pageTitle: (title: string, page: number) => (page === 1 ? title : `${title}（第 ${page} 頁）`),

  // Practice pages: summary per organisation, history per organisation.
  practiceHeadline: '各機關歷年',
  byOrganisation: '各機關最新年度',
  byOrganisationHint: '每個機關最近一個有提及的年度中，屬於此作法主題的列；完整歷年紀錄見各機關的歷年頁。',
  latestYearOf: (name: string, year: string) => `${name}：${year}`,
  trend: (first: number, last: number, min: number, maxRows: number) => `歷年列數（${first}–${last}年）：每年 ${min === maxRows ? min : `${min}–${maxRows}`} 列`,
  trendLabel: (values: string) => `歷年列數：${values}`,
  moreRowsInYear: (n: number) => `同年度另有 ${n} 列`,
  historyLink: (name: string, documents: number, rows: number) => `${name}歷年紀錄（${documents} 份文件、${rows} 列）`,
  historyTitle: (practice: string, branch: string) => `${practice}：${branch}歷年`,
  historyDescription: (practice: string, branch: string, documents: number, rows: number) =>
    `${branch}歷年文件中屬於作法主題「${practice}」的 ${rows} 列執行策略（${documents} 份文件），由新到舊排列。`,
  historyRows: (practice: string, branch: string) => `${branch}：${practice}的各列`,
  otherOrganisations: '其他機關',

  // Dimension pages: structure with counts, items in pages.
  structure: '架構與列數',
  structureHint: '依評核架構列出此構面的策略與方法，以及各自收錄的列數與文件數；點選查看該項目的所有列（由新到舊）。',
  itemCounts: (rows: number, documents: number) => `${rows} 列・${documents} 份文件`,
  latestYearColumn: '最新年度',
  strategyOwnRows: '策略層級（未細分方法）的列',
  itemDescription: (dimension: string, label: string, documents: number, rows: number) =>
    `${dimension}「${label}」：${documents} 份文件、${rows} 列執行策略，由新到舊排列。`,
  itemRows: (label: string) => `${label}的各列`,
  documentsPerYear: '各年度文件',

  // Branch pages: documents as a timeline.
  timeline: '歷年文件',
  timelineCaption: (name: string) => `${name}：歷年計畫與成果（列數）`,
  noneYet: '—',
  rowsShort: (n: number) => `${n} 列`,
  practicesHeatmapTitle: (name: string) => `${name}：各作法主題歷年列數`,
  practicesHeatmapCaption: '每一格是該年度文件（計畫與成果合計）中對應到該作法主題的列數；點選主題看各機關比較與歷年紀錄。',
  latestProfile: '最新文件的各構面篇幅',

  // Home: the latest year and the ways in.
  latestYear: (year: string) => `最新年度：${year}`,
  latestYearHint: (documents: number) => `這一年收錄 ${documents} 份文件。`,
  entryPoints: '從這裡開始',
  entryCompare: '比較分局與年度：各指標的歷年小圖',
  entryPractices: '依作法主題：各機關歷年做了什麼',
  entryDimensions: '依評核架構的構面',
  entryBranches: '依分局',
  entryYears: '依年度',
  entrySearch: '全文搜尋',

  // The compare page: one view rendered, the others loaded on choice.
  defaultView: '預設檢視',
  loading: '載入中…',
  onlyValued: '只顯示有數值的機關',
  compareStatus: (panels: number, branches: string, years: string) => `顯示 ${panels} 個機關的小圖；分局：${branches}；年度：${years}。`,
  yearsLegend: '民國年度（西元）（不勾選＝全部）',
  yearOption: (roc: number) => `${roc}（${roc + 1911}）`,
  compareNoScript:
    '未啟用 JavaScript：本頁無法讀取網址中的選擇，下方顯示預設的指標。每個指標與作法主題都有不需 JavaScript 的比較頁，見下方清單。',
  loadFailed: '無法載入所選的圖表，請改用下方的比較頁連結。',
  reportSummary: (entries: number, documents: number) => `共 ${entries} 筆數字未採計或重複（${documents} 份文件）；各指標頁列出其原句。`,
  reportLatest: (shown: number, total: number) => `以下列出最新的 ${shown} 筆（共 ${total} 筆）。`,
} as const;

// ── Targets beside results: planned figures, the 目標達成 table (src/indicators/achievement.ts) ──
export const targetsText = {
  measureResult: '成果',
  measureTarget: '目標',
  legendTitle: '圖例',
  legendResult: '成果',
  legendPartial: '成果（部分期間）',
  legendTarget: '目標（計畫預計）',
  targetsDesc: (values: string) => `目標：${values}。`,
  latestTarget: (roc: number, value: string) => `尚無成果；${roc}年目標：${value}`,
  targetRowHeader: (name: string) => `${name}・目標`,
  targetTitle: (document: string, value: string) => `${document} 目標：${value}`,
  targetsSummary: (targets: number) => `另有 ${targets} 個年度目標（空心方塊，表中「目標」列），取自計畫具體作法中寫明「預計」「預定」「預訂」的句子。`,
  targetsSource: '目標取自各文件「具體作法」欄寫明預計、預定或預訂的原句。',
  achievementHeading: '目標達成',
  achievementHeadingEn: 'Results against targets',
  achievementIntro:
    '同一機關同一年度有目標也有成果時並列；只有兩者單位相同、期間相同（全年目標對全年成果）時才計算達成率（成果 ÷ 目標）。期中成果與全年目標只並列，不相除。',
  achievementLatest: (years: number) => `列出每個機關最近 ${years} 個有目標的年度；歷年全部目標與成果見圖表 CSV（measure 欄）。`,
  achievementCaption: (label: string) => `${label}：目標與成果`,
  achievementYear: '機關與年度',
  achievementTarget: '目標',
  achievementResult: '成果',
  achievementRatio: '達成率',
  noAchievement: '沒有同一機關同一年度兼有目標與成果的數值。',
  noResultYet: '尚無成果數值',
  periodDiffers: (period: string) => `成果只涵蓋${period}，不與全年目標相除`,
  unitDiffers: '單位不同，不相除',
  zeroTarget: '目標為 0，不相除',
  ratio: (percent: string) => `${percent}%`,
  dataMeasureNote:
    '每個數值以 measure 欄標明性質：result 是文件所報的成果（計畫所附的期中成果也是，period 欄寫明期間）；target 是具體作法中寫明「預計」「預定」「預訂」的目標值，涵蓋全年。',
  indicatorViewHeading: (label: string) => `${label}：各機關歷年比較`,
} as const;

/** Bounded pages at the full series: paged source lines, the sources listing, summary-first documents ("bounds"). */
export const boundsText = {
  sourcePages: '原文分頁',
  sourcePageLabel: (from: number, to: number) => `第 ${from}–${to} 行`,
  sourcePageTitle: (page: number, pages: number) => `第 ${page} 頁（共 ${pages} 頁）`,
  sourcePagesIntro: (lines: number, pages: number, perPage: number) => `本文共 ${lines} 行，每頁 ${perPage} 行，分 ${pages} 頁。`,
  sourceLineElsewhere: '您要找的行在這一頁，請點選進入。',
  sourceDescriptionPage: (title: string, from: number, to: number, lines: number) => `${title}的原始文字檔第 ${from}–${to} 行（共 ${lines} 行），逐行未經修改。`,
  previousPage: '上一頁',
  nextPage: '下一頁',
  // /about/ and the sources listing.
  sourcesByYear: '各年度收錄文件',
  sourcesByYearEn: 'Sources by year',
  sourcesListingLead: (documents: number, years: number) => `共收錄 ${documents} 份文件，分屬 ${years} 個年度。每個年度一頁，列出各文件的原始檔、編碼、版面類型、列數、涵蓋率與雜湊值。`,
  sourcesListingLink: '各年度收錄文件與涵蓋率',
  sourcesYearTitle: (year: string) => `${year}收錄文件`,
  sourcesYearLead: (documents: number) => `本年度收錄 ${documents} 份文件。涵蓋率＝原文內容字元中，對應到資料模型的比例。`,
  yearPageLink: '依年度瀏覽：',
  documentsCount: '文件數',
  uncoveredCount: '未涵蓋行',
  excludedCount: '版面行',
  frameworkUse: (documents: number, from: string, to: string) => `使用本架構的文件：${documents} 份（${from}至${to}）。`,
  frameworkUnused: '使用本架構的文件：尚無。',
  crosswalkOpen: (framework: string, items: number) => `展開「${framework}」對照表（${items} 個範本項目）`,
  // Document pages: the strategy table summary first, each dimension's full text one click away.
  dimensionSummary: (rows: number) => `本構面共 ${rows} 列；點選編號可看單列全文與出處。`,
  dimensionFullText: (heading: string, rows: number) => `展開「${heading}」全文（${rows} 列，依原文表格）`,
  rowSummaryCaption: (heading: string) => `${heading}：各列一覽`,
  rowSummaryText: '內容（節錄）',
  textLength: '全文字數',
  charCount: (n: number) => `${n.toLocaleString('zh-TW')} 字`,
} as const;
