// Page noise: headers, footers and page numbers that PDF copies leave between
// the lines of a sheet, and advertising that web copies carry.

import { isSpace } from "../text/space.js";

const PAGE_PATTERNS: RegExp[] = [
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*页\s*[,，/／]?\s*(?:共\s*[0-9０-９一二三四五六七八九十百]+\s*页)?$/u,
  /^第\s*[0-9０-９一二三四五六七八九十百]+\s*頁\s*[,，/／]?\s*(?:共\s*[0-9０-９一二三四五六七八九十百]+\s*頁)?$/u,
  /^共\s*[0-9０-９]+\s*[页頁]\s*[,，]?\s*第\s*[0-9０-９]+\s*[页頁]$/u,
  /^[-—–─－_~·\s]*[0-9０-９]{1,4}[-—–─－_~·\s]*$/u,
  /^[-—–─\s]*[0-9０-９]{1,4}\s*[/／]\s*[0-9０-９]{1,4}[-—–─\s]*$/u,
  /^page\s*[0-9]+(?:\s*(?:of|\/)\s*[0-9]+)?$/iu,
  /^[-—–─]+\s*[0-9０-９一二三四五六七八九十]+\s*[-—–─]+$/u,
  /^[-—–─]+\s*第\s*[0-9０-９一二三四五六七八九十百]+\s*[页頁](?:\s*[,，/／]?\s*共\s*[0-9０-９一二三四五六七八九十百]+\s*[页頁])?\s*[-—–─]+$/u,
  /^(?:页码|頁碼|页次|頁次)\s*[:：]?\s*(?:[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+)?|第\s*[0-9０-９]+\s*[页頁]\s*[,，]?\s*(?:共\s*[0-9０-９]+\s*[页頁])?)$/u,
  /^[0-9]{1,4}\s+of\s+[0-9]{1,4}$/iu,
  /^p\.?\s*[0-9]{1,4}$/iu,
  // "頁 1 / 2", "页 3".
  /^[页頁]\s*[0-9０-９]{1,4}(?:\s*[/／]\s*[0-9０-９]{1,4})?$/u,
  // The footer of a system's export: "共3条记录".
  /^共\s*[0-9０-９]+\s*(?:条|條)(?:记录|記錄|数据|數據)$/u,
];

// A footer or a document-control header that ends with the page number after its other pieces:
// "鼎盛建设集团有限公司　　第 1 页 共 3 页", "文件编号：QP-012　版本：A/2　页码：2/3".
// (Or "江州市第二人民医院护理管理制度汇编　　　- 3 -" or "·12·", or Word's right-aligned tab stop: "护理人员岗位职责⇥第1页",
// or a chapter's page after a wide gap: "教職員手冊 2024/25        3-5", or in English: "HR Manual Issue 3 Rev 0 – Page 27".)
const PAGE_AT_END = /(?:^|\s)(?:第\s*[0-9０-９]+\s*[页頁]\s*[,，/／]?\s*共\s*[0-9０-９]+\s*[页頁]|共\s*[0-9０-９]+\s*[页頁]\s*[,，]?\s*第\s*[0-9０-９]+\s*[页頁]|(?:页码|頁碼|页次|頁次)\s*[:：]\s*[0-9０-９]+(?:\s*[/／]\s*[0-9０-９]+)?|[-—–－]\s*[0-9０-９]{1,4}\s*[-—–－]|[·•]\s*[0-9０-９]{1,4}\s*[·•])$|\t\s*第\s*[0-9０-９]{1,4}\s*[页頁]$|[ \u3000]{4}[0-9]{1,2}[-－–][0-9]{1,3}$|[ \u3000][pP]\.[ ]?[0-9]{1,3}$|\s[-—–]\s[Pp]age\s[0-9]{1,4}(?:\sof\s[0-9]{1,4})?$/u;

const AD_PATTERNS: RegExp[] = [
  // A link line ("相关范文：…", "更多岗位职责范文"); not a duty that handles the papers ("负责相关资料的整理归档").
  /^(?:更多|相关|相關).{0,12}(?:范文|範文|文章|资料|資料|文档|文檔)|(?:更多|相关|相關)(?:范文|範文)/u,
  // A document site's disclaimer: "声明：本文档仅供学习交流，如有侵权请联系删除。"
  /^(?:声明|聲明|免责声明|免責聲明)[:：].{0,30}(?:侵权|侵權|学习|學習|仅供|僅供|参考|參考)/u,
  // (Not the bare words: "负责本站设备的巡视" is a pumping station's duty.)
  /小编|小編|本站(?:所有|版权|版權|声明|聲明|提供|整理|收集|推荐|推薦|原创|原創|资源|資源|文章|内容|內容|会员|會員|部分|首页|首頁)|(?:网友|網友)(?:投稿|分享|上传|上傳|整理|提供|发布|發布|评论|評論)|收藏本|阅读全文|閱讀全文/u,
  /(?:来源|來源)[:：].{0,40}(?:阅读|閱讀|浏览|瀏覽|点击|點擊)/u,
  /^(?:发布时间|發布時間|发布日期|發布日期|更新时间|更新時間|更新日期)[:：]?\s*\d/u,
  // A job board's buttons and links around a posting: "應徵　　儲存　　分享", "我要應徵　　加入收藏", "看過此職缺的人也看了：…".
  /^(?:應徵|应聘|應聘|我要應徵|我要应聘|立即應徵|立即应聘|立即申请|立即申請)(?:\s+(?:儲存|储存|收藏|加入收藏|分享|檢舉|举报|舉報))+$|^(?:看過此職缺的人|看过此职位的人|看過這個職缺的人)/u,
  /(?:更多|相关|相關)(?:范文|範文|文章|内容|內容|资料|資料).{0,20}(?:请|請)?(?:关注|關注|访问|訪問|下载|下載|点击|點擊|登录|登錄)/u,
  /(?:本文|文章)(?:来源|來源|转载|轉載|由.{0,12}(?:整理|提供))/u,
  // (A duty may run a WeChat account: "管理支部宣传栏和微信公众号" is no advertising, "关注微信公众号" and "微信公众号：…" are.)
  /(?:(?:扫码|掃碼)(?:关注|關注|下载|下載|添加|加入|进群|進群|领取|領取|了解|咨询|諮詢|报名|報名|查看)|扫描二维码|掃描二維碼|关注公众号|關注公眾號|(?:关注|關注)(?:我们的|本)?微信(?:公众号|公眾號)|微信(?:公众号|公眾號)\s*[:：]|版权所有|版權所有|免费下载|免費下載|点击下载|點擊下載|下载地址|下載地址)/u,
  /^(?:https?:\/\/|www\.)\S+$/iu,
  /^(?:上一篇|下一篇|上一頁|下一頁|上一页|下一页|返回目录|返回目錄|查看更多职位|查看更多職位|更多职位|更多職位|相似职位|相似職位)[:：]?/u,
  // A wiki page's foot: "白石镇林长制办公室　|　返回首页", "回到顶部".
  /^.{0,30}(?:返回|回到)(?:首页|首頁|顶部|頂部|列表)\s*$/u,
  // A web page's chrome: its breadcrumb, share and print links, view counts.
  /^(?:首页|首頁|当前位置|當前位置|您的位置|你的位置|您现在的位置|你现在的位置|您現在的位置)[:：]?[^>»›＞]{0,40}[>»›＞]/u,
  /^(?:分享到|分享至)/u,
  /^[【\[［]\s*(?:打印|列印|关闭|關閉|返回|收藏|加入收藏)/u,
  /(?:浏览次数|瀏覽次數|阅读次数|閱讀次數|点击次数|點擊次數|浏览量|瀏覽量|阅读量|閱讀量)[:：]?\s*\d/u,
  // A document site's reader ("已阅读3页，还剩1页未读，继续免费阅读", "下载文档到电脑，查找使用更方便") and an article's
  // end ("—— END ——", "点击“阅读原文”…", "分享  收藏  点赞  在看").
  /^(?:已阅读|已閱讀)\s*\d+\s*[页頁]|(?:继续免费阅读|繼續免費閱讀|下载文档到电脑|下載文檔到電腦)|^[-—–─_=\s]*END[-—–─_=\s]*$|^(?:点击|點擊)\s*[“"「]?(?:阅读原文|閱讀原文)|^(?:分享|收藏|点赞|點讚|點贊|在看|转发|轉發|赞|讚)(?:\s+(?:分享|收藏|点赞|點讚|點贊|在看|转发|轉發|赞|讚)){2,}$/u,
  // A WeChat article's chrome: "原创 职场范文君 职场范文库 2023-05-12 09:30 发表于江苏", "收录于合集 #岗位职责 56个",
  // "点击上方“职场范文库”，关注我们…", "阅读 2.3万", "版权声明：…".
  /^(?:原创|原創)\s.{0,60}(?:发表于|發表於)|^(?:收录于|收錄於)(?:合集|话题|話題)|^(?:点击|點擊)(?:上方|蓝字|藍字).{0,30}(?:关注|關注)|^(?:阅读|閱讀)\s*[0-9.]+\s*[万萬千wW]?$|^(?:版权声明|版權聲明)[:：]/u,
  // A scanning app's mark on every page of a scan ("扫描全能王 创建").
  /^(?:CS\s*)?(?:扫描全能王|掃描全能王)(?:\s*(?:创建|創建))?$/u,
  // A copied article's notice and call at its end: "来源：网络，版权归原作者所有，如有侵权请联系删除。", "喜欢就点个在看吧".
  /^(?:来源|來源)[:：].{0,30}(?:侵权|侵權|版权|版權)|(?:侵权|侵權)(?:请|請)?(?:联系|聯繫|聯絡)(?:我们|我們|小编|小編)?(?:删除|刪除)|(?:点个|點個)(?:在看|赞|讚)/u,
];

// A page of model texts' download box and counters: "文档为doc格式", "本文已影响1.3万人", "扫一扫，手机阅读",
// "将本文的Word文档下载到电脑，方便收藏和打印", "推荐度：", "医院科室岗位职责.doc", "温馨提示：" alone.
const DOWNLOAD_BOX = /^(?:文[档檔])(?:为|為)\s*(?:doc|docx|word|pdf|wps)\s*格式|^(?:文[档檔](?:分类|分類|标签|標籤|格式|页数|頁數|大小|热度|熱度)|系统标签|系統標籤)[:：]|^本文已影[响響]\s*[0-9.]+\s*[万萬千]?\s*人|^(?:扫一扫|掃一掃)|^[将將].{0,20}下[载載]到[电電][脑腦]|^(?:推荐度|推薦度)\s*[:：]|^\S{2,30}\.(?:doc|docx|pdf)$|^(?:温馨提示|溫馨提示)\s*[:：]?$/iu;

/** A cheap test before DOWNLOAD_BOX: how its lines start (文档, 扫一, 推荐度, 温馨, 本文已影, 将…) or end (".doc"). */
function mayBeDownloadBox(text: string): boolean {
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  if (c === 0x6587) return d === 0x6863 || d === 0x6a94; // 文档 文檔
  if (c === 0x7cfb) return d === 0x7edf || d === 0x7d71; // 系统 系統
  if (c === 0x626b || c === 0x6383) return d === 0x4e00; // 扫一 掃一
  if (c === 0x63a8) return d === 0x8350 || d === 0x85a6; // 推荐 推薦
  if (c === 0x6e29 || c === 0x6eab) return text.length <= 6; // 温馨提示
  if (c === 0x672c) return text.startsWith("本文已影");
  if (c === 0x5c06 || c === 0x5c07) return text.length <= 40; // 将本文…下载到电脑
  const last = text.charCodeAt(text.length - 1) | 0x20;
  return (last === 0x63 || last === 0x66 || last === 0x78) && text.length <= 36;
}

// One pass per line instead of one per pattern: these run on every line of every file.
const PAGE = new RegExp(PAGE_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "iu");
const AD = new RegExp(AD_PATTERNS.map((re) => `(?:${re.source})`).join("|"), "iu");

// Cheap tests first, since most lines are neither. Every page pattern starts with one of
// these characters (after white space, which a trimmed line has none of) …
const PAGE_FIRST = /^[第共页頁\-—–─－_~·\s0-9０-９pP]/u;
// … and every advertising pattern holds one of these pairs (the first two characters of its alternatives).
const AD_PAIRS = new Map<number, string>();
for (const pair of [
  "更多", "相关", "相關", "小编", "小編", "本站", "网友", "網友", "收藏", "阅读", "閱讀", "来源", "來源", "发布", "發布", "更新", "本文", "文章",
  "扫码", "掃碼", "扫描", "掃描", "关注", "關注", "微信", "版权", "版權", "免费", "免費", "点击", "點擊", "下载", "下載", "上一", "下一", "返回",
  "ht", "hT", "Ht", "HT", "ww", "wW", "Ww", "WW",
  "原创", "原創", "收录", "收錄", "首页", "首頁", "当前", "當前", "查看", "相似", "您的", "你的", "您现", "你现", "您現", "分享", "【打", "【列", "【关", "【關", "【返", "【收", "【加",
  "[打", "[列", "[关", "[關", "[返", "[收", "[加", "［打", "［列", "［关", "［關", "［返", "［收", "［加", "浏览", "瀏覽",
  "已阅", "已閱", "继续", "繼續", "EN", "点赞", "點讚", "點贊", "在看", "转发", "轉發", "應徵", "应聘", "應聘", "我要", "立即", "看過", "看过", "声明", "聲明", "免责", "免責",
  "侵权", "侵權", "点个", "點個", "回到",
]) AD_PAIRS.set(pair.charCodeAt(0), (AD_PAIRS.get(pair.charCodeAt(0)) ?? "") + pair[1]);

const AD_FIRST = new Uint8Array(0x10000);
for (const c of AD_PAIRS.keys()) AD_FIRST[c] = 1;

function holdsAdPair(text: string): boolean {
  for (let i = 0; i + 1 < text.length; i++) {
    if (AD_FIRST[text.charCodeAt(i)] === 0) continue;
    const seconds = AD_PAIRS.get(text.charCodeAt(i));
    if (seconds !== undefined && seconds.includes(text[i + 1]!)) return true;
  }
  return false;
}

// A document-control line over or under every page: "文件編號：QA-JD-003　版次：A".
const DOC_CONTROL = /^(?:文件)?(?:编号|編號)\s*[:：]\s*[A-Za-z0-9０-９\-_/.]{2,30}\s+(?:版次|版本|页次|頁次|页码|頁碼|修订|修訂)\s*[:：]/u;

/** Whether a trimmed line is a page header or footer by its form alone. */
const PAGE_FIRST_FOOTER = /^page\s*[0-9]{1,4}\s*(?:of|\/)\s*[0-9]{1,4}[ \t\u3000]{2,}\S/iu;

export function isPageMarker(text: string): boolean {
  if (text.length <= 24 && PAGE_FIRST.test(text) && PAGE.test(text)) return true;
  // A footer that opens with its page number, its other words after a wide gap: "Page 2 of 3          德信藥廠 – 內部文件".
  if (text.length <= 100 && (text.charCodeAt(0) === 0x50 || text.charCodeAt(0) === 0x70) && PAGE_FIRST_FOOTER.test(text)) return true;
  // An enterprise or national standard's code over each page: "Q/LCSW 204.07—2021", "GB/T 9704—2012".
  // (Or a hospital's or a firm's own: "JZFY/GL 3.2—2022".)
  if (text.length <= 32 && text.charCodeAt(0) >= 0x41 && text.charCodeAt(0) <= 0x5a && STANDARD_CODE.test(text)) return true;
  const first = text.charCodeAt(0);
  if ((first === 0x6587 || first === 0x7f16 || first === 0x7de8) && text.length <= 80 && DOC_CONTROL.test(text)) return true;
  // (A page number ends in a digit or 页; most lines end otherwise.)
  const last = text.charCodeAt(text.length - 1);
  if (text.length > 80 || !(last === 0x9875 || last === 0x9801 || (last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19) || last === 0x2d || last === 0x2014 || last === 0x2013 || last === 0xff0d || last === 0xb7 || last === 0x2022)) return false;
  const m = PAGE_AT_END.exec(text);
  // Not a duty with the footer glued on ("2. 审批折扣申请。　　第3页 共5页"): that line is kept, footer and all.
  return !!m && !GLUED_TO.test(text.slice(0, m.index));
}

const STANDARD_CODE = /^(?:Q\/[A-Z]{1,8}|GB(?:\/[TZ])?|DB[0-9]{0,2}(?:\/T)?|[A-Z]{2,8}\/[A-Z]{1,6})\s*[0-9]+(?:\.[0-9]+)*\s*[—–\-－]\s*[0-9]{4}$/u;

// What a footer is glued to when it follows a sentence or an item rather than a company's name.
const GLUED_TO = /[。；;！!？?]\s*$|^[0-9０-９]{1,2}\s*[.．、)）]/u;

/** Whether a trimmed line is advertising or a web page's chrome. */
export function isAdvertising(text: string): boolean {
  return text.length <= 120 && ((holdsAdPair(text) && AD.test(text)) || (mayBeDownloadBox(text) && DOWNLOAD_BOX.test(text)));
}

/** Where a page number of one to three digits at the end of a line starts (the line's length when there is none). */
function pageNumberAt(text: string): number {
  let i = text.length;
  while (i > 0 && i > text.length - 3 && text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39) i--;
  return i;
}

/** A line of a table of contents: a heading, dot leaders and its page number ("第一章　总则……………1"). */
export function isContentsLine(text: string): boolean {
  if (text.length > 80) return false;
  // From the end: the page number, white space, then a run of one leader (two … or four . · ． -).
  let i = pageNumberAt(text);
  if (i === text.length) return false;
  // (Or a tab before the number of a part's heading: "第一章　总则⇥1".)
  if (text.charCodeAt(i - 1) === 0x09 && text.charCodeAt(0) === 0x7b2c && /^第[一二三四五六七八九十百0-9０-９]+[篇章节節部]/u.test(text)) return true;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  const leader = text[i - 1];
  if (leader === undefined || !"….·．-‥⋯".includes(leader)) return false;
  let run = 0;
  while (i > 0 && text[i - 1] === leader) (i--, run++);
  return run >= (leader === "…" || leader === "‥" || leader === "⋯" ? 2 : 4);
}

// The heading of a table of contents, spaced out or not: "目　　錄".
const CONTENTS_HEAD = /^目[ \u3000]*(?:录|錄|次)$/u;

/** Whether a trimmed line is the heading of a table of contents ("目录", "目　　錄"). */
export function isContentsHead(text: string): boolean {
  return text.length <= 8 && text.charCodeAt(0) === 0x76ee && CONTENTS_HEAD.test(text);
}

/** An entry under such a heading without leaders: a short heading, a tab or two spaces, its page number ("一、前厅部⇥1"). */
export function isContentsEntry(text: string): boolean {
  if (text.length > 40) return false;
  const i = pageNumberAt(text);
  if (i === text.length || i < 2) return false;
  const c = text.charCodeAt(i - 1);
  return c === 0x09 || c === 0x3000 || (c === 0x20 && text.charCodeAt(i - 2) === 0x20);
}

// An editor's note where text was left out: "（此处省略）", "……（以下略）", "(略)".
const LEFT_OUT = /^[.…·\s]*[(（](?:此处|此處|以下|下)?(?:省略|略)[^()（）]{0,6}[)）][.…·\s]*$/u;

// The head of a web page's list of links to other pages: "【财务部岗位职责（精选5篇）】相关文章：", "相關推薦：",
// "看了“酒店前廳部崗位職責”的人還看了：", "猜你喜欢".
const LINKS_HEAD = /^【?(?:相关|相關|热门|熱門|推荐|推薦|延伸|精彩|最新|猜你)(?:文章|推荐|推薦|阅读|閱讀|范文|範文|喜欢|喜歡)】$|(?:相关|相關|热门|熱門|推荐|推薦|延伸|精彩|最新|猜你)(?:文章|推荐|推薦|阅读|閱讀|范文|範文|喜欢|喜歡)\s*[:：]?$|(?:的人)?(?:还看了|還看了|还看过|還看過)\s*[:：]?$|(?:文档|文檔|文章|本文)的(?:人)?(?:还|還)(?:喜欢|喜歡)\s*[:：]?$|^(?:往期|历史|歷史)(?:推荐|推薦|回顾|回顧|精选|精選|文章)\s*[:：]?$/u;

/** Whether a trimmed line heads a web page's list of links to other pages. */
export function isLinksHead(text: string): boolean {
  return text.length <= 60 && LINKS_HEAD.test(text);
}

/**
 * Whether a trimmed line (its number, if any, left out) may be the title of a linked page: short, and no
 * sentence ("会计岗位职责", "出纳岗位职责范文", "电商运营岗位职责模板08-16", "后厨卫生管理制度").
 */
export function mayBeLinkTitle(text: string): boolean {
  if (text.length < 2 || text.length > 40) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 。，；： and their ASCII forms.
    if (c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a) return false;
  }
  return true;
}

// A mark of a document kept in house, over or under every page: "海悦湾酒店管理有限公司　内部资料　注意保密",
// "— 本文件只供內部參考 —", "※本說明僅供內部教育訓練使用，請勿外流※".
const IN_HOUSE = /(?:注意保密|严禁外传|嚴禁外傳|请勿外传|請勿外傳|请勿外流|請勿外流|严禁外流|嚴禁外流|内部资料|內部資料|内部文件|內部文件)[\s—\-－※]*$|^[—\-－\s※]*本(?:文件|说明|說明|手册|手冊)(?:只|仅|僅)供(?:内部|內部)/u;

/** A cheap test before IN_HOUSE: the mark ends the line (密 传 傳 料 件, or a dash after it), or 本文件 starts it. */
function mayBeInHouse(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const first = text.charCodeAt(0);
  if (first === 0x672c || first === 0x2014 || first === 0x2d || first === 0xff0d || first === 0x203b) return true;
  if (!(last === 0x5bc6 || last === 0x4f20 || last === 0x50b3 || last === 0x6599 || last === 0x4ef6 || last === 0x6d41 || last === 0x2014 || last === 0x2d || last === 0xff0d || last === 0x203b)) return false;
  // (Many duties end in 文件 or 资料: the mark's words must be there too.)
  return text.includes("保密") || text.includes("外传") || text.includes("外傳") || text.includes("内部") || text.includes("內部");
}

/** Why a trimmed line is noise by its own text (a running header needs the other lines), or null. */
// (A voice message's length after it: "[语音] 12\"".)
const CHAT_ATTACHMENT = /^[\[【](?:图片|圖片|表情|动画表情|動畫表情|语音|語音|视频|視頻|文件|链接|鏈接|位置|红包|紅包)[\]】](?:\s*[0-9]{1,3}\s*(?:"|”|″|秒|s)?)?$/u;

export function lineNoise(text: string): "page-noise" | "advertising" | "stray" | "chat" | null {
  const c = text.charCodeAt(0);
  if (isPageMarker(text) || isContentsLine(text) || isContentsHead(text)) return "page-noise";
  if (text.length <= 40 && holdsClock(text) && CHAT_HEADER.test(text)) return "chat";
  // "@所有人 各位伙伴晚上好": a group chat's call to everyone.
  if (c === 0x40 && /^@(?:所有人|全体成员|全體成員|all\b)/iu.test(text)) return "chat";
  // "[图片]", "[語音]": what a chat's copy shows for a picture, a voice message, a file.
  if (text.length <= 14 && (c === 0x5b || c === 0x3010) && CHAT_ATTACHMENT.test(text)) return "chat";
  // "2023/08/14（一）" alone: a chat export's day, its weekday in brackets.
  if (text.length <= 16 && c >= 0x30 && c <= 0x39 && CHAT_DAY.test(text)) return "chat";
  // "—————  2024-03-04  —————": a chat export's divider between days.
  if (text.length <= 40 && (c === 0x2014 || c === 0x2d || c === 0x2500) && DAY_DIVIDER.test(text)) return "chat";
  // "力行健身（万达店）员工群 的聊天记录": the head of a chat's export.
  if (text.length <= 40 && (text.endsWith("聊天记录") || text.endsWith("聊天記錄")) && /的聊天(?:记录|記錄)$/u.test(text)) return "chat";
  // "兔喜驿站·南湖片区工作群（48）": a group chat's name over its export, the number of its members after it.
  if (text.length <= 40 && (text.endsWith("）") || text.endsWith(")")) && GROUP_NAME.test(text)) return "chat";
  if ((c === 0xff08 || c === 0x28 || c === 0x2026 || c === 0x2e || c === 0xb7) && LEFT_OUT.test(text)) return "stray";
  if (isAdvertising(text)) return "advertising";
  // (Or spread across a footer: "杭州禾木电子商务有限公司          内部资料 注意保密".)
  if (mayBeInHouse(text) && (text.length <= 40 || (text.length <= 100 && text.includes("     "))) && IN_HOUSE.test(text)) return "page-noise";
  // A standard's cover: "2022-06-20发布　　　2022-07-01实施", "华信达汽车零部件有限公司　　发 布".
  if (text.length <= 80 && (text.endsWith("实施") || text.endsWith("實施") || text.endsWith("布")) && STANDARD_COVER.test(text)) return "page-noise";
  // "Q/HY G204—2023" alone: a standard's number, over every page of it.
  if ((c === 0x51 || c === 0x47) && text.length <= 24 && STANDARD_NUMBER.test(text)) return "page-noise";
  if (isStray(text)) return "stray";
  return null;
}

// The lines of a standard's cover that date and issue it.
const STANDARD_COVER = /^[0-9]{4}[-－][0-9]{2}[-－][0-9]{2}[ \u3000]*(?:发布|發布)[ \u3000]+[0-9]{4}[-－][0-9]{2}[-－][0-9]{2}[ \u3000]*(?:实施|實施)$|^[^\s，,。；;]{4,30}[ \u3000]+(?:发|發)[ \u3000]*布$/u;

// A standard's number: "Q/HY G204—2023", "GB/T 9704—2012", "Q/HXD 218-2022".
const STANDARD_NUMBER = /^(?:Q\/[A-Z0-9]{1,8}|GB(?:\/[TZ])?)(?: ?[A-Z]{1,2})? ?[0-9]{1,6}(?:\.[0-9]{1,3})? ?[—–-] ?[0-9]{4}$/u;

const GROUP_NAME = /^[^\s，,。；;:：]{2,30}[群羣][(（][0-9]{1,4}[)）]$/u;

// A chat message's header, as a group chat copied as text shows it: "李姐 09:03", "2024-05-10 09:03:11 张店长",
// "[09:03] 李姐：" is a message's start with its words after it (not matched here: the words stay).
const CHAT_HEADER = /^(?:(?:【[^】]{1,8}】)?[\u4e00-\u9fffA-Za-z][^\s，,。；;：:]{0,14}\s+(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s+)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s+[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9_]{0,9})$/u;

// A chat export's day alone ("2023/08/14（一）") or between rules ("—————  2024-03-04  —————").
const CHAT_DAY = /^[0-9]{4}[/-][0-9]{1,2}[/-][0-9]{1,2}\s*[（(](?:星期|週|周)?[一二三四五六日天][)）]$/u;
const DAY_DIVIDER = /^[—\-─]{3,}\s*[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?\s*[—\-─]{3,}$/u;

/** Whether a text holds a clock's colon between digits ("09:03"): the cheap test before CHAT_HEADER. */
function holdsClock(text: string): boolean {
  const i = text.indexOf(":");
  return i > 0 && text.charCodeAt(i - 1) >= 0x30 && text.charCodeAt(i - 1) <= 0x39;
}

/** Whether a line holds no letters or digits at all ("……", "***", "）"). */
export function isStray(text: string): boolean {
  const c = text.charCodeAt(0);
  // (A stroke alone, a scan's rule or margin read as 丨, 丿 or 丶.)
  if (text.length === 1 && (c === 0x4e28 || c === 0x4e3f || c === 0x4e36 || c === 0x4e85)) return true;
  // A line that starts with a common ideograph or an ASCII letter or digit holds one.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false;
  return !/[\p{L}\p{N}]/u.test(text);
}
