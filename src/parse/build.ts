// The tree builder: walks lexed lines and places each one in the tree
// (section, department, role, duty, block) or in `ignored` with a reason.
import type { Block, BlockType, Duty, Ignored, Role, Section } from "../model/document.js";
import { blockHeading, cleanName, colonOrSpaceBefore, endsLikePosition, fieldKind, firstItemAt, POSTS_HEADING, formField, formFields, heldByPeople, isBureauName, isDepartmentDescription, isDepartmentName, isPositionName, isPostingFacts, isStaffingLabel, roleHeading, withoutEnglishGloss, withoutEnglishName, withoutHeadcount, splitRoleName, startsLikeDuty, withoutMentions, withoutTrailingDash, type BlockKind, type FormField } from "./headings.js";
import { type SourceLine } from "./lines.js";
import { isSpace } from "../text/space.js";
import { matchMarker, nextMarkerPattern, STYLE_BY_ID, writesArabic, type Marker, type MarkerStyle } from "./markers.js";
import { headerKey, mergeFacts, ownNoise, partialFacts, type SheetFacts } from "./facts.js";
import { toChinese } from "../text/numerals.js";

export interface BuiltTree {
  title: string | null;
  titleLine: number | null;
  sections: Section[];
  ignored: Ignored[];
}

/** A line's place in the tree while its list is open. */
interface Frame {
  duty: Duty;
  /** Style key for nesting: the style id, with letter case for Latin letters; "paragraph" for unnumbered text. */
  key: string;
  marker: Marker | null;
  /** The last physical line of text appended to this duty (for wrap decisions). */
  lastText: string;
  /** Markdown list depth, when the input states it. */
  depth?: number;
  /** The white space before the item's marker, when the item starts its line (plain text); a paragraph's, before its first line. */
  indent?: number;
  /** How to look for this list's next item inside a line, worked out the first time it is needed (see findSplit). */
  next?: NextItem | null;
}

/** The next item of an open list: its pattern, the key under which its absence is remembered, and characters it must hold. */
interface NextItem {
  re: RegExp;
  item: string;
  /** One of these must be in a text for it to hold the item (a cheap test before the pattern); null when there is no such test. */
  chars: string[] | null;
}

interface OpenRole {
  /** Summary lines already read into the role's summary (kept should the role be dropped for the sheet's title). */
  summarized?: { no: number; text: string }[];
  role: Role;
  /** Components of a dotted heading ("8.1部長" → [8, 1]); its duties' numbers extend it. */
  path: number[] | null;
  viaArticle: boolean;
  /** The heading as a title, should the role turn out to be the document's title (a Markdown heading without its "#"). */
  titleText: string;
  /** Markdown: the level of the role's heading; a deeper numbered heading that names no role is one of its duties. */
  level: number | null;
  /** The marker of the heading line ("（一）總務主任"), for spotting sibling headings. */
  marker: Marker | null;
  /** Its summary lines so far (`indent`: the white space before a line read from its start). */
  summary: { no: number; text: string; indent?: number }[];
  /** Where items go: the duty list, or a job-description block. */
  block: Block | null;
  /** Under a heading whose lines stay out of the tree (a posting's pay and benefits): their reason. */
  skip: string | null;
  /** Under a summary heading ("一、职位概要"): plain lines are the summary. */
  inSummary: boolean;
  /** Opened by "仓管员：负责收货…": the sentences after the colon are its duties unless a list follows them. */
  described?: boolean;
  /** The bullet that dresses the role's heading ("- **质量部**"), and its list depth (Markdown) or indent. */
  bullet?: { marker: string; depth: number };
  /** Opened by an item of a list of units or posts, each with its duties on its line ("（一）办公室。负责…"). */
  listed?: boolean;
  /** Under a heading of the duties ("岗位职责："): plain text is a duty, not the summary. */
  underDutiesHeading?: boolean;
  /** Opened by a numbered form field ("1、岗位名称：…"), and no other numbered line since: more numbered fields may follow. */
  numberedFields?: boolean;
  /** The style of the numbers of a form's parts under the post ("（一）職責概要：…", "（二）工作職責："), once seen. */
  partsKey?: string;
}

// Duties set elsewhere: "職掌另訂之。", "另以「分層負責明細表」定之。"
const REFERS_ELSEWHERE = /另(?:訂之|订之|定之|行(?:規定|规定|訂定|订定|制定))。?$/u;
// A short title and its English gloss: "深宵外展 Overnight Outreaching".
const GLOSSED_TITLE = /^[\u4e00-\u9fff]{2,10}\s+[A-Za-z][A-Za-z &/'’-]{2,40}$/u;
// What follows a number of hours or minutes: "24小时值班", "2小時內".
const HOURS = /^(?:小时|小時|分钟|分鐘)/u;
// A head count: "1人", "2名", "三人".
const HEAD_COUNT = /^(?:[0-9０-９]{1,3}|[一二三四五六七八九十两兩]{1,3})\s*[人名个個位]/u;
// A posting's pitch: "誠摯邀請對食品安全有熱忱的你加入！", "欢迎加入我们": an invitation, and joining.
const INVITES = /邀請|邀请|誠邀|诚邀|歡迎|欢迎/u;
const JOINING = /加入|加盟/u;
function isPitch(text: string): boolean {
  return text.length <= 120 && INVITES.test(text) && JOINING.test(text);
}
// A note on pay: "※薪資依經驗另議", "※待遇面議".
const PAY_NOTE = /^※\s*(?:薪資|薪资|待遇|福利|月薪|年薪)/u;
// A line of a timetable starts with its time of day: "6:30-7:00  接班…", "14：00 巡房".
const CLOCK = /^[0-2]?[0-9][:：][0-5][0-9]/u;
/** A line of a timetable: a span of hours, then what is done in it ("7:00—7:20   参加晨间交接班"). */
const TIME_SLOT = /^[0-2]?[0-9][:：][0-5][0-9][ \t]*[-—–~～至]{1,2}[ \t]*(?:次日)?[0-2]?[0-9][:：][0-5][0-9][ \t\u3000]*[^\s0-9]/u;
/** Where the first run of two spaces or more, or a tab, starts before `end`; -1 when there is none. */
function wideGapAt(text: string, end: number): number {
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09) return i;
    if ((c === 0x20 || c === 0x3000) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x3000)) return i;
  }
  return -1;
}
const HAN = /[\u4e00-\u9fff]/u;
// Hiragana and katakana: Japanese, never Chinese.
const KANA = /[\u3041-\u309f\u30a1-\u30fa]/u;
const TERMINAL = /[。；;！!？?…]$|[。；;！!？?][”"’'」』)）]$/u;
// What a version's heading holds (its number, 篇, or a tag: 精选, 范文, 通用版, 大全, 模板, brackets).
const VERSION_HINT = /[0-9一二三四五六七八九十篇精范範通大模【(（]/u;
// A line that breaks off in the middle of a sentence.
// (Or a word that cannot end one: "2.垃圾在" / "早上8点前…清运一次", a phone's line broken after 在.)
// A notice's own lines over what it issues: its number ("校办〔2024〕7号") and whom it is addressed to ("各处室、年级组：").
const NOTICE_LINE = /^[\u4e00-\u9fff]{1,12}[〔［\[][0-9０-９]{4}[〕］\]][0-9０-９]{1,4}号$|^各[^，,。；;:：]{1,30}[:：]$/u;
const ENDS_WITH_COMMA = /[，,、]$/u;
// (Not a word that ends so: 核对, 校对, 比对, 应对, 面对, 绝对.)
const MID_SENTENCE = /[，,、]$|[^\s]{2}(?:在|的|和|与|與|及|或|(?<![核校比应應面绝絕针針相反])(?:对|對)|把|将|將|向|从|從|于|於|被|给|給|按|由|以)$/u;
// Closing remarks after the last list: "以上職務說明經總經理核定後實施", "附件：…", "本岗位职责由…负责解释";
// a letter's or an e-mail's sign-off: "有问题随时找我。", "谢谢！", "此致"; a notice to customers ("温馨提示：…"); the employee's signature under the sheet:
// "本人已阅读并理解上述岗位职责", "员工签字：____", "（盖章）".
const CLOSING = /^(?:[(（]?(?:以上|上述|本(?:通知|决定|決定|细则|細則|(?:岗位|崗位|职位|職位)(?!负责|負責|主要|隶属|隸屬|直接|向|对|對|在|是|为|為|的主要|的核心)|说明书|說明書|制度|规定|規定|职责|職責|职掌|職掌|办法|辦法|文件|标准|標準|规程|規程|汇编|彙編|手册|手冊|责任制|責任制|预案|預案|方案|规则|規則|守则|守則|条例|條例|准则|準則|分工))|附(?:则|則|注|註|件|录|錄|表[0-9０-９一二三四五六七八九十]{0,2}[:：\s]|[:：])|抄送[:：]|抄報[:：]|抄报[:：]|注[:：]|註[:：]|备注|備註|(?:另外|此外)(?:几点|幾點|几件事|幾件事)?[:：]$|另[:：]|说明[:：]|說明[:：]|附\s+(?:则|則|件|录|錄)|——|有意(?:應徵|应征|應聘|应聘|加入|申请|申請)?者|[^，,。；;]{0,8}(?:内部资料|內部資料|内部文件|內部文件)[，,。]?\s*(?:未经|未經|请勿|請勿|严禁|嚴禁|不得|禁止)|(?:欢迎|歡迎)?(?:投递|投遞)(?:请|請|方式|邮箱|郵箱|简历|簡歷)|(?:温馨|溫馨|友情)(?:提示|提醒)\s*[:：]|谢谢|謝謝|感谢(?:您|你|大家|各位)|感謝(?:您|你|大家|各位)|此致|顺祝|順祝|祝好|有(?:问题|問題|疑问|疑問)(?:请|請)?(?:随时|隨時|找|联系|聯繫|聯絡)|(?:(?:本页|本頁|本文|本表|本文件|本说明|本說明)(?:内容|內容)?)?如有(?:疑问|疑問)|有任何[^，,。；;]{0,12}(?:疑问|疑問|问题|問題)|[^@]{0,80}@(?:所有人|全体成员|全體成員)\s*$|(?:文档|文檔|全文|本文)(?:结束|結束|完)(?:[。.!！]|$)|(?:文末)?(?:批注|批註|註解)(?:[（(][^()（）]{0,10}[)）])?\s*[:：]?$|(?:best )?regards\b|thanks\b|(?:approved|prepared|reviewed|issued) by\s*[:：]|remarks?\s*(?:[\u4e00-\u9fff]{2,4}\s*)?[:：]|[-—–\s]*end of (?:document|jd)\b|(?:[^，,。；;:：]{0,6}(?:承诺|承諾|确认|確認)[:：]\s*)?本人已(?:认真|認真|仔细|仔細)?(?:阅读|閱讀|知悉|了解|明白|学习|學習)|[^，,。；;:：]{0,6}(?:承诺|承諾|确认|確認)[:：]\s*已(?:认真|認真|仔细|仔細)?(?:阅读|閱讀|知悉|了解|明白|学习|學習)|(?:员工|員工|任职者|任職者)(?:确认|確認|签名|簽名|签字|簽字)|[^，,。；;]{0,8}(?:签字|簽字|签名|簽名|签收|簽收|签章|簽章)(?:\s*[A-Za-z][A-Za-z/ .]{0,16})?\s*[:：]|[^，,。；;]{0,12}[(（](?:盖章|蓋章|签章|簽章|公章)[)）])/iu;
// More of a sheet's end, looked for in short lines only (isClosing): an issuing line ("…办公室　2024年3月8日印发"),
// rules for all staff ("全体员工须…"), the owner's signature ("店主：王建国"), a date alone.
const SIGN_OFF = /^(?:[^，,。；;:：]{2,30}(?:公司|部|中心|室|局|处|處|院|会|會|办|辦|政府|科|站|所|队|隊)\s*(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*年[^，,。；;]{0,10}$|(?:全体|全體|所有)(?:员工|員工|人员|人員|同事|同仁)|(?:店主|老板|老闆|店长|店長|院长|院長|总经理|總經理|经理|經理|负责人|負責人|园长|園長|校长|校長|厂长|廠長|班主任)\s*[:：]\s*[\u4e00-\u9fff]{2,3}(?:\s+\S{0,12})?$|(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\s*[年./\-]\s*[0-9０-９一二三四五六七八九十]{1,2}\s*(?:[月./\-]\s*(?:[0-9０-９一二三四五六七八九十]{1,3}\s*日?)?)?(?:\s*(?:起)?(?:修订|修訂|制定|制訂|发布|發布|印发|印發|实施|實施|施行|生效|执行|執行|版))?$|[^，,。；;:：]{2,30}(?:公司|部|中心|室|局|处|處|院|所|会|會|办|辦)\s*(?:民[國国]\s*)?[0-9]{2,3}\s*年\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*日)?$|(?:中華|中华)?民[國国]\s*[0-9０-９〇○零一二三四五六七八九十百]{2,6}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$)/u;

// A row of a table aligned with spaces: the post's name, two spaces or more, its first item ("總務主任　　1.綜理…").
const ALIGNED_ROW = /^([\u4e00-\u9fff]{2,10})[ \u3000]{2,}(?=\S)/u;

// What comes between a department's heading and the table of its posts: a note in brackets, the table's header row
// ("（本處職掌依…轉錄如下）", "職　稱　　　工　　作　　職　　掌").
const TABLE_PREAMBLE = /^[（(][^（）()]{4,60}[）)]$|^(?:職|职|岗|崗)[ \u3000]*(?:稱|称|位)[ \u3000]{2,}(?:工[ \u3000]*作[ \u3000]*)?(?:職|职)[ \u3000]*(?:掌|責|责)$/u;

// A line that says a unit's powers or duties follow: "一、檔案管理廳具下列職權：", "本处主要职责是：".
const POWERS_FOLLOW = /(?:職權|职权|職責|职责|職掌|职掌|下列|如下|主要有|是)\s*[:：]$/u;

// The bare word for duties with a colon, alone on its line: "職責：".
// "Ⅱ. 工作组分工", "二、人员分工" over the groups or the people and what each does: a heading, no post.
const DIVISION_OF_WORK = /^[\u4e00-\u9fff]{0,5}(?:分工|分配)$/u;
const COMPOSITION = /(?:组成|組成|构成|構成|组成人员|組成人員|人员组成|人員組成|成员名单|成員名單)$/u;
const BARE_DUTIES_LABEL = /^(?:职责|職責)\s*[:：]$/u;

// The end of a web article ("END", "—— END ——"), set aside as advertising: its footer follows.
const ARTICLE_END = /^[-—–─_=\s]*END[-—–─_=\s]*$/u;

/** "管理部職掌：", "销售经理职责": a role's name, then the word for its duties, alone on a line. */
function labelsOwnDuties(text: string, name: string): boolean {
  if (name.length >= 2 && text.length <= name.length + 5 && text.startsWith(name) && OWN_DUTIES.test(text.slice(name.length))) return true;
  // (Or the name's last words: "领导小组职责：" under "（一）学校突发公共卫生事件应急领导小组".)
  const own = text.length <= 16 ? /(?:的)?(?:主要)?(?:职掌|職掌|职能|職能|职责|職責)\s*[:：]?$/u.exec(text) : null;
  return !!own && own.index >= 2 && name.length > own.index && name.endsWith(text.slice(0, own.index));
}

const BARE_DUTIES = /^(?:职责|職責)[:：]/u;
/** "职责：1.负责…": the bare word and its colon, then the first item of a list. */
function bareDutiesList(text: string): boolean {
  if (!BARE_DUTIES.test(text)) return false;
  const m = matchMarker(text.slice(3).trimStart());
  return m?.style.kind === "item" && m.ordinal === 1;
}
const OWN_DUTIES = /^(?:的)?(?:主要)?(?:职掌|職掌|职能|職能|职责|職責)\s*[:：]?$/u;

/**
 * A department's description under its heading: labelled ("部门职能：负责…", isDepartmentDescription), or a
 * sentence that starts with its name ("销售部是公司新车销售的执行部门，…").
 */
function describesDepartment(text: string, name: string): boolean {
  if (isDepartmentDescription(text)) return true;
  // ("应急响应启动后，镇防指下设以下工作组，…。" under "五、专项工作组": how the body is divided, over its units.)
  if (SETS_UP_UNITS.test(text) && /[。：:]$/u.test(text)) return true;
  return name.length >= 2 && text.length > name.length + 6 && text.startsWith(name) && DESCRIBES.test(text.slice(name.length));
}

const SETS_UP_UNITS = /下设|下設|设立以下|設立以下|成立以下|分设|分設|设以下|設以下|分为以下|分為以下/u;
const DESCRIBES = /^(?:是|为|為|由|负责|負責|主要|隶属|隸屬|下设|下設|系|係|作为|作為)/u;

/** Whether an unnumbered line closes the sheet (CLOSING, or in a short line SIGN_OFF). */
function isClosing(text: string): boolean {
  if (CLOSING.test(text)) return !appendsPost(text);
  // "（注：班子成员分工如有调整，以镇党委最新发文为准。）": a note in brackets after the sheet.
  if (text.charCodeAt(0) === 0xff08 && NOTE_IN_BRACKETS.test(text)) return true;
  if (EDIT_NOTE_FIRST.has(text.charCodeAt(0)) && EDIT_NOTE.test(text)) return true;
  if (text.length > 60) return false;
  // "人力资源部 编制": who drew the sheet up; or "人力资源部 编制 | 最后更新：15/3/2025", such notes between bars.
  if (issuedBy(text)) return true;
  if (text.includes("|") || text.includes("｜")) {
    const pieces = text.split(/[|｜]/u).map((p) => p.trim());
    if (pieces.length >= 2 && pieces.every((p) => p.length > 0 && (issuedBy(p) || (!p.includes("|") && !p.includes("｜") && isClosing(p))))) return true;
  }
  // (Cheap test first: a year's digits, or the first character of 全体, 所有 or a signer's title.)
  const c = text.charCodeAt(0);
  if ((SIGNER_FIRST.has(c) || /[0-9０-９〇○]/u.test(text)) && SIGN_OFF.test(text)) return true;
  // "安全第一        数据为本        质量至上": a wall sheet's mottos, spread across its foot.
  if (isIdeograph(c) && (text.includes("  ") || text.includes("\u3000")) && SLOGANS.test(text)) return true;
  // "本診所保留修訂之權利。", "…各岗位人员须认真履行上述职责。": the sheet's last word, wherever it starts.
  return (text.includes("保留") || text.includes("上述") || text.includes("以上")) && LAST_WORD.test(text);
}

// A heading's note that what it heads binds every post: "交接班要求（各岗位通用）", "服务禁忌（月嫂、育婴师均须遵守）".
const FOR_ALL_POSTS = /[(（](?:[^()（）]{0,12}(?:各岗位|各崗位|全体|全體|所有岗位|所有崗位|均|共同)[^()（）]{0,4})?(?:通用|适用|適用|遵守|执行|執行)[)）]$/u;
/** Whether a line is a row of a rota, two weekdays or more each with whom it falls to: "星期一：第一组　　星期二：第二组". */
function isRota(text: string): boolean {
  // (Cheap test first: a weekday's word.)
  return text.length <= 80 && (text.includes("星期") || text.includes("周") || text.includes("週") || text.includes("拜")) && (text.match(WEEKDAY_FIELD)?.length ?? 0) >= 2;
}
// A rota's title: "值日轮换表（第1—4周）", "轮值表".
const ROTA_TITLE = /^[^\s，,。；;]{0,8}(?:轮换表|輪換表|值日表|轮值表|輪值表)$/u;
const WEEKDAY_FIELD = /(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][:：]/gu;
// A sentence's stop alone on a line: "。", "；".
const STOP_ALONE = /^[。．；;！!？?]$/u;
// A form's field left blank, its value a run of underscores: "乙方（家政服务员）：＿＿＿＿＿＿", "签字：______".
const BLANK_FIELD = /^[^:：＿_。；;，,]{1,20}[:：][ \u3000]*[＿_]{2,}/u;

/** Whether a line appends a post's duties after the sheet, no back matter: "附：妇女小组长职责" over its list. */
function appendsPost(text: string): boolean {
  return text.charCodeAt(0) === 0x9644 && roleHeading(text)?.explicit === true;
}

// Who drew a sheet up, after its name: "人力资源部 编制", "鲜丰汇超市连锁有限公司营运管理部 编制".
// (An issuer's name, not "岗位编制" or "人员编制", a post's headcount.)
/** Whether a line says who drew the sheet up (ISSUED_BY); cheap test first, the last character of 编制, 制定 or 印发. */
function issuedBy(text: string): boolean {
  return ISSUED_LAST.has(text.charCodeAt(text.length - 1)) && ISSUED_BY.test(text);
}
const ISSUED_LAST = new Set([..."制製印定发發"].map((c) => c.charCodeAt(0)));
const ISSUED_BY = /^[^，,。；;:：|｜\s]{1,22}(?:公司|部|中心|室|局|处|處|院|所|会|會|办|辦|科|组|組|站|队|隊)\s*(?:编制|編製|编印|編印|制定|製定|印发|印發)$/u;

/** Three or four short mottos between wide spaces, with no stop: "安全第一        数据为本        质量至上". */
const SLOGANS = /^[\u4e00-\u9fff]{2,8}(?:(?:[ ]{2,}|\u3000+)[\u4e00-\u9fff]{2,8}){2,3}$/u;

// A wiki page's or a reviewed draft's notes under the sheet: "最后编辑：2024年4月2日", "Last edited by 张磊", "维护者：@王磊",
// "相关：[[活动日历]]", "修订记录", a Word comment pasted at the end ("[W1]建议改为…").
const EDIT_NOTE = /^(?:(?:最后|最後|最近)(?:编辑|編輯|更新|修改)|(?:更新|修改|编辑|編輯)(?:于|於|时间|時間|日期)\s*[:：]|last (?:edited|updated|modified)\b|(?:维护者|維護者|维护人|維護人)\s*[:：]|(?:相关|相關)(?:链接|連結|文档|文檔|页面|頁面|阅读|閱讀)?\s*[:：]|(?:修订记录|修訂記錄|修訂紀錄|修订历史|修訂歷史|变更记录|變更記錄|版本记录|版本記錄|更新记录|更新記錄)\s*[:：]?$|\[[A-Z]{1,3}[0-9]{1,3}\])/iu;
const EDIT_NOTE_FIRST = new Set([..."最更修编編Ll维維相变變版["].map((c) => c.charCodeAt(0)));
const LAST_WORD = /保留(?:修订|修訂|修改|变更|變更|更改|最终|最終|解释|解釋)|(?:履行|遵守|遵照|执行|執行|落实|落實)(?:上述|以上)[^，,；;]{0,8}$/u;

// The issuer's name under a sheet: a company or a department ("餐饮公司人事行政部", "仁心牙醫診所 行政室").
const ISSUER = /^[^，,。；;:：、\s]{1,20}(?:\s[^，,。；;:：、\s]{1,12})?(?:公司|部|中心|室|局|处|處|院|所|会|會|办|辦|政府)$/u;

const SIGNER_FIRST = new Set([..."全所店老院总總经經负負园園校厂廠班中民"].map((c) => c.charCodeAt(0)));
// How an unnumbered duty sentence starts.
const DUTY_VERB = /^(?:(?:全面|具体|具體|主要|直接)?(?:负责|負責)|协助|協助|配合|组织|組織|制定|制订|制訂|参与|參與|完成|做好|督促|监督|監督|审核|審核|落实|落實|指导|指導|管理|维护|維護|处理|處理|编制|編制|跟进|跟進|执行|執行|协调|協調|统筹|統籌|主持|受理|接听|接聽|办理|辦理|开展|開展|安排|确保|確保|保证|保證|检查|檢查|巡查|巡视|巡視|收集|建立|督导|督導|策划|策劃|拟定|擬定|起草|统计|統計|核对|核對|登记|登記|整理|汇总|匯總|维持|維持|保持|按时|按時|定期|及时|及時|每日|每天|每周|每週|每月)/u;
// Words that make a line a document's title rather than a cover line.
const TITLE_WORDS = /(?:职责|職責|说明|說明|汇编|匯編|手册|手冊|制度|标准|標準|规定|規定|办法|辦法|规程|規程|描述|大全|范文|範文|责任制|責任制|预案|預案|方案|公示|记述书|記述書|分掌|细则|細則|指导书|指導書|作业指导|作業指導|一览表|一覽表)/u;
const BLOCK_TYPES: Record<Exclude<BlockKind, "duties" | "summary" | "skip" | "form">, BlockType> = {
  requirements: "requirements", authority: "authority", relations: "relations", other: "other",
};
const COLON = /[:：]/u;
// A role heading that names the department it is under rather than a position: "部门职责", "本部门职责".
const DEPARTMENT_ITSELF = /^(?:本)?(?:部门|部門|科室|处室|處室)$/u;
// "部门职责", "本部门主要职责": a heading of the department's own duties.
const DEPARTMENT_DUTIES = /^(?:本)?(?:部门|部門)(?:主要)?(?:职责|職責)\s*[:：]?$/u;
// The heading of a department's own functions: "部门职能", "部門職掌".
const DEPARTMENT_FUNCTIONS = /^(?:本)?(?:部门|部門)(?:职能|職能|职掌|職掌)\s*[:：]?$/u;
// The parts of a posting or a hiring notice: "一、公司简介", "二、招聘岗位及人数", "四、报名方式".
const POSTING_OUTLINE = /^(?:公司简介|公司簡介|公司介绍|公司介紹|公司概况|公司概況|企业简介|企業簡介|单位简介|單位簡介|招聘岗位|招聘崗位|招聘职位|招聘職位|招聘岗位及人数|招聘崗位及人數|招聘岗位及要求|招聘崗位及要求|招聘岗位及条件|岗位及人数|崗位及人數|招聘对象|招聘對象|招聘范围|招聘範圍|报名方式|報名方式|报名时间|報名時間|应聘方式|應聘方式|应聘须知|應聘須知|联系方式|聯繫方式|联系我们|聯繫我們|招聘程序|招聘流程|其他事项|其他事項)\s*[:：]?$/u;
// The least difference of indentation, in UTF-16 units, that nests a list of one style in another.
const INDENT_STEP = 2;
// A line that ends by announcing the list after it: "…主要职责如下：", "…包括：".
const INTRODUCES_LIST = /(?:(?:如下|包括|下列|以下|下述)(?:职责|職責|职权|職權|职掌|職掌)?|负责|負責)\s*[:：]?$/u;
// A heading repeated over the next page with a mark that says so: 销售经理岗位职责（续）.
const CONTINUED = /[(（]\s*(?:续|續|续上页|續上頁|接上页|接上頁|续表|續表)\s*[)）]\s*[:：]?$/u;
// A line that starts with a short label and a colon ("学历要求：大专以上"): after another such line it is an item of its own, not a wrap.
const LABELED = /^[^\s:：，,。；;]{2,8}[:：]\S/u;
const SENTENCE_END = /[。；;！!？?]/u;
// The labels of requirements that read as form fields: "学历：本科", "经验：三年以上".
const REQUIREMENT_LABEL = /^(?:学历|學歷|学位|學位|专业|專業|经验|經驗|工作经验|工作經驗|年龄|年齡|性别|性別|技能|证书|證書|资格|資格|语言|語言|外语|外語|身体|身體|能力|素质|素質|知识|知識)/u;
// A Markdown heading over a sheet's back matter: "## 备注", "## 附录".
// A footnote's mark at the head of its line ("①", "1", "*") and what it says ("指《…》", "指财政部发布的…").
const FOOTNOTE_MARK = /^(?:[①-⑨]|[0-9]|\*)$/u;
const FOOTNOTE_SAYS = /^指(?:《|「|“|")|^指[^导導挥揮定派令标標出明正引示点點]{2,24}(?:发布|發布|颁布|頒布|印发|印發|制定)的/u;
// A note's mark and label: "註1：…" under "…（註1），…".
const NOTE_MARK = /^((?:註|注)\s*[0-9０-９]{1,2})\s*[:：]/u;
// The label of notes on a sheet, alone on its line: "說明：", "注：".
const NOTES_LABEL = /^(?:说明|說明|注|註|备注|備註|附注|附註)\s*[:：]$/u;
const BACK_MATTER_HEADING = /^(?:备注|備註|附录|附錄|附件|附则|附則|说明|說明|变更记录|變更記錄|修订记录|修訂記錄|修改记录|修改記錄|修订历史|修訂歷史|版本记录|版本記錄|更新记录|更新記錄|更新日志|更新日誌)\s*[:：]?$/u;
// The general provisions at the head of a handbook, whose clauses are no duties: "第一章 总则", "壹、總則".
const GENERAL_PROVISIONS = /^(?:总则|總則|总纲|總綱|前言|序言|引言|编制说明|編制說明)$/u;
// The parts of an emergency plan or an event's scheme around its bodies and groups: principles, scope, warning and
// response, reporting, aftermath, training, accountability, a schedule.
const PLAN_PART_ASIDE = /^(?:组织架构|組織架構|组织架构图|組織架構圖|组织结构图|組織結構圖|指导思想|指導思想|工作原则|工作原則|基本原则|基本原則|适用范围|適用範圍|编制目的|編制目的|编制依据|編制依據|工作目标|工作目標|总体目标|總體目標|总体要求|總體要求|预防与预警|預防與預警|预防和预警|預防和預警|预警分级|預警分級|应急响应|應急響應|响应程序|響應程序|分级响应|分級響應|应急处置程序|應急處置程序|应急处置流程|應急處置流程|处置程序|處置程序|处置流程|處置流程|信息报告|信息報告|信息报送|信息報送|报告程序|報告程序|事故报告程序|事故報告程序|后期处置|後期處置|善后处理|善後處理|应急保障|應急保障|责任追究|責任追究|奖惩|獎懲|宣传培训|宣傳培訓|培训与演练|培訓與演練|培训和演练|培訓和演練|预案管理|預案管理|时间安排|時間安排|时间节点|時間節點|进度安排|進度安排|日程安排|工作进度|工作進度|活动时间|活動時間|活动地点|活動地點|活动主题|活動主題|活动内容|活動內容|活动流程|活動流程|参加人员|參加人員|参会人员|參會人員|注意事项|注意事項|其他要求|值班安排|排班安排|值班表|排班表|[\u4e00-\u9fff]{2,6}(?:原则|原則)|考核(?:与|與|和|及)?(?:激励|激勵|奖惩|獎懲)|(?:演练|演練|演习|演習)(?:目的|时间|時間|地点|地點|时间及地点|時間及地點|程序|流程|步骤|步驟|科目|情景|内容|內容|要求|总结|總結|准备|準備|评估|評估)|(?:活动|活動)目的|时间及地点|時間及地點)$/u;
const MEETING_PART = /^[\u4e00-\u9fff]{2,8}(?:会议|會議)(?:制度|规则|規則)?$/u;
// The closing provisions: "第六章 附则", "肆、附則".
const SUPPLEMENTARY = /^(?:附则|附則)$/u;
// A scheme's part on carrying it out, after its roles: "五、组织实施", "六、工作要求" (or a bureau's "三、人员编制和领导职数").
const IMPLEMENTATION = /^(?:组织实施|組織實施|实施要求|實施要求|保障措施|组织保障|組織保障|组织领导|組織領導|实施步骤|實施步驟|工作要求|有关要求|有關要求|其他事项|其他事項|人员编制|人員編制|人员编制和领导职数|人員編制和領導職數|编制和领导职数|編制和領導職數|人员编制及领导职数|人員編制及領導職數|领导职数|領導職數)$/u;
// The heading of rules kept beside the duties: "护理工作制度", "查对制度", "（一）科室工作制度", "实验室安全管理制度".
// (Not one that ends with a colon: "督導包商落實勞安規定：" announces the list of a duty.)
const RULES_TITLE = /^[^\s，,。；;：:、]{0,10}?(?:工作|管理)?(?:制度|规定|規定|守则|守則|须知|須知|细则|細則|公约|公約|纪律|紀律|注意事项|注意事項|奖惩办法|獎懲辦法|红线|紅線|底线|底線|禁忌|禁止事项|禁止事項)(?:汇编|彙編)?$/u;
// Words that start a duty about rules rather than name them: "严格执行交接班制度", "建立健全管理制度".
const ACTS_ON_RULES = /^(?:严格|嚴格|认真|認真|执行|執行|遵守|落实|落實|建立|制定|制订|制訂|完善|贯彻|貫徹|组织|組織|监督|監督|督导|督導|检查|檢查|负责|負責|参与|參與|协助|協助|拟订|擬訂|修订|修訂|健全|宣传|宣傳|培训|培訓)/u;
// The heading of a sheet's back matter: "附则", "附件：岗位编制表", "附录二".
const BACK_MATTER = /^附\s*(?:(?:则|則|件|录|錄|表)[0-9０-９一二三四五六七八九十]{0,2}(?:[\s:：].{0,40})?|[:：].{2,40})$|^(?:文末)?(?:批注|批註|註解)(?:[（(][^()（）]{0,10}[)）])?\s*[:：]?$|^(?:备注|備註|附注|附註|说明|說明|填表说明|填表說明|变更记录|變更記錄|修订记录|修訂記錄|修改记录|修改記錄|修订历史|修訂歷史|版本记录|版本記錄|更新记录|更新記錄|更新日志|更新日誌)\s*[:：]?$|^(?:另外|此外|补充说明|補充說明|其他说明|其他說明)(?:几点|幾點|几件事|幾件事)?\s*[:：]$|^(?:注|註)\s*[:：]$|^(?:注|註|备注|備註)\s*[:：]\s*[1１][.．、]/u;
// Kinds of a role's duties that "XX职责" names: no post.
const DUTY_CATEGORY = /^(?:日常|日常工作|周期性|週期性|定期|临时性|臨時性|临时|臨時|专项|專項|其他|其它|主要|基本|核心|具体|具體|一般|常规|常規|阶段性|階段性|年度|季度|月度|每日|每周|每週|每月|本职|本職|岗位|崗位|工作|管理|业务|業務|特殊|附加|兼任|兼职|兼職|直接|间接|間接|共同|辅助|輔助)$/u;
// A group's label in a role's list: "营业前：", "【生产管理】", "早班（7:00－15:00）".
const GROUP_LABEL = /[:：]$|^【[^】]+】$|[0-9]{1,2}[:：][0-9]{2}/u;
// A label alone on its line: "工作任务：", "具体内容：", "衡量标准：" (not the end of a wrapped line, "…的规范" / "操作：").
const LIST_LABEL = /^[^\s:：，,。；;、]{1,6}(?:任务|任務|内容|內容|标准|標準|要求|事项|事項|目标|目標|范围|範圍|措施|方法|流程)[:：]$/u;
// An inline list after a colon: "規定:1)…;2)…".
// (Or after a word that announces it, with no colon: "…包括（1）…；（2）…".)
// A procedure's clause title: "權責：", "目的：", "定義：無" (a short title, a colon, at most a word of value).
// The clause of a procedure that holds the posts' duties.
const DUTIES_CLAUSE = /^(?:职责|職責|权责|權責|职责内容|職責內容)$/u;
// A clause's word, a colon and maybe its text: "目的：明定護理部各職級人員之工作職責。", "參考資料：".
// A plan's part on its bodies: "組織與工作分配", "组织机构及职责", "组织分工".
const ORGANIZATION_PART = /^(?:组织|組織)(?:与|與|及|和|架构|架構|分工|机构|機構|体系|體系)/u;
const CLAUSE_PART = /^([^\s:：。；;，,、]{2,6})\s*[:：]/u;
const CLAUSE_TITLE = /^([^\s:：。；;，,、]{2,8})\s*[:：]\s*(?:无|無|略|N\/A|NA)?$/u;
// The clause titles of a procedure, which need no colon: "1.目的", "2.職責內容", "3.相關文件".
const CLAUSE_WORDS = /^(?:目的|范围|範圍|定义|定義|术语|術語|职责|職責|权责|權責|职责内容|職責內容|作业内容|作業內容|作业程序|作業程序|工作程序|相关文件|相關文件|参考文件|參考文件|引用文件|使用表单|使用表單|记录|紀錄|附件)$/u;
const INLINE_LIST = /(?:[:：]|包括|如下|主要有|具[体體][为為])\s*(?=[(（]?(?:1|１|一|a|i)[)）]|①|⑴|㈠|(?:1|１)[、.．](?![0-9][.．0-9])|[aA][.．、](?![a-zA-Z])|i[.．]\s*(?![a-zA-Z])|一[、.．]|一是)/u;
// The words before an inline list without a colon (INLINE_LIST): a cheap test first.
const ANNOUNCES_LIST = /包括|如下|主要有|具[体體][为為]/u;
// A block heading glued after an item: "…；任职要求：1.…".
const GLUED_BLOCK = /[；;。.]\s*(?=(?:任职要求|任職要求|任职资格|任職資格|岗位要求|崗位要求|职位要求|職位要求|岗位职责|崗位職責|工作职责|工作職責|福利待遇|薪资待遇|薪資待遇)\s*[:：])/u;

// A role's heading glued after a sentence: "。会计岗位职责：…" (group 1: the position, checked by isPositionName).
const GLUED_ROLE = /[；;。]\s*([^；;。，,：:\s]{2,16}?)(?=(?:的)?(?:岗位职责|崗位職責|工作职责|工作職責|职责|職責)\s*[:：])/u;

export function buildTree(lines: readonly SourceLine[]): BuiltTree {
  return new TreeBuilder(lines).build();
}

export class TreeBuilder {
  private readonly sections: Section[] = [];
  private readonly ignored: Ignored[] = [];
  private title: string | null = null;
  private titleLine: number | null = null;
  /** How sure the title is: 0 a first short line, 1 a line with title words, 2 a heading; a surer one replaces it. */
  private titleStrength = 0;
  /** The indent of a tracked change's note in the margin being read (see add()), or null. */
  private revisionIndent: number | null = null;
  /** Markdown: the title is a unit's heading over its posts ("# 城域网运维部岗位职责"). */
  private titleOfUnit = false;
  /** Under "⇥工作任务⇥…" (a Word form's row copied with its cells): the indented lines below are its next tasks, a cell each. */
  private taskCells = false;
  /** Inside the preamble under the sheet's first heading ("为明确…，特制定本岗位职责。"): its paragraph's lines are the introduction too. */
  private preamble = false;
  /** The sheet's first four lines of text (null in a thread that starts mid-sheet), which a running header repeats under each page's footer. */
  private readonly topLines: string[] | null;
  /** A closing remark was seen: the plain lines after it in this role are its signature and date. */
  private closed = false;
  /** Whether the closing remarks opened the back matter ("附则", "附件：…"): its numbered lines are closing too. */
  private backMatter = false;
  private section: Section | null = null;
  private department: string | null = null;
  private open: OpenRole | null = null;
  private stack: Frame[] = [];
  private roleCount = 0;
  /** The section's role headings by the style of their numbers: the last ordinal of each ("一、会计" → cn: 1). */
  private readonly roleMarkers = new Map<string, number>();
  /** The styles of posts' headings in the parts before this one (see item()). */
  private readonly earlierRoleKeys = new Set<string>();
  /** Roles made up for items under no heading, with their sections (see dropOutline). */
  private readonly implicitRoles: { role: Role; section: Section }[] = [];
  /** Whether upper-case Roman numerals number the document's parts ("Ⅰ. 人員職掌", "Ⅱ. 業績獎金"). */
  private romanParts = false;
  /** Roles opened, by a heading or for a list under none (implicitRoles); a part read after a part heading had one of the first kind before it. */
  private rolesStarted = 0;
  private readonly explicitBefore: boolean;
  /** A chat message's header was set aside: the next line read is marked afterBreak. */
  private breakDue = false;
  /** The lines of a group chat's message headers ("陈总 2024-04-07 22:14"). */
  private readonly chatHeaders = new Set<number>();
  /** Markdown: the depth of the last department's heading. */
  private departmentLevel: number | null = null;
  /** Inside a standard's or a handbook's 前言, until its next part, clause or post. */
  private foreword = false;
  /** Under "内设机构" (no post open): bullets that name a unit and its duties ("- 综合科：负责…") open units. */
  private unitsBelow = false;
  /** In the back matter, after the title of an attached template (责任书, 承诺书): no line of it opens a role. */
  private template = false;
  /** Whether a line is a footnote whose mark stands glued in a line above (see line()). */
  private footnote(text: string, marker: Marker | null): boolean {
    let refs: string[];
    if (marker) {
      const mark = marker.marker.trim();
      const rest = text.slice(marker.length);
      // (What a footnote says: what a name stands for, "指…", or a short note ending in a stop.)
      if (!(FOOTNOTE_SAYS.test(rest) || (rest.length <= 30 && /[。.]$/u.test(rest) && !startsLikeDuty(rest)))) return false;
      refs = [`》${mark}`, `」${mark}`, `”${mark}`];
    } else {
      const m = NOTE_MARK.exec(text);
      if (!m) return false;
      refs = [`（${m[1]}）`, `(${m[1]})`];
    }
    // (On the same page or the one before: the lines a short way up.)
    for (let k = this.at - 1; k >= 0 && k >= this.at - 200; k--) {
      const t = this.content[k]!.text;
      if (refs.some((r) => t.includes(r))) return true;
    }
    return false;
  }

  /** After "說明：" over the sheet's first lines, before any post: its numbered points are notes (see line()). */
  private notesAhead = false;
  /** Inside a memo's fields (主旨, 說明…) above the sheet it submits, until the attachment's label. */
  private memo = false;
  /** The numberings (styleKey) that department headings have used, as "一、主任室" did. */
  private departmentKeys = new Set<string>();
  /** The rank of the last department heading's style (一、 over （一） over 1.), when it had one. */
  private departmentRank: number | null = null;
  /** Markdown: the number of the last department's heading ("## 二、作业班组"), if it had one. */
  private departmentMarker: Marker | null = null;
  /** Markdown: the level and number of the heading that opened the open section ("## 4. 职责"). */
  private sectionHeading: { level: number; marker: Marker | null } | null = null;
  /** How many numbers the last department's dotted number had ("3.2 门诊部": 2), or null. */
  private departmentDepth: number | null = null;
  /** An article's "END" was set aside: the next line read is marked afterEnd. */
  private endDue = false;
  /** An article's number alone on its line ("第八條"), whose title may follow on the next: the article's marker. */
  private articleTitleDue: Marker | null = null;
  /** The number of the last article read as one (not as an item of a role's list). */
  private lastArticle: number | null = null;
  /** Where the reading stops (readTo): a line that reads the next one too may not reach past it. */
  private readEnd = 0;
  /** An article that introduces no position was set aside: the items after it, before any heading, go with it. */
  private asideArticle = false;
  /** Pieces of the line being read that wait for the one being read to end (see lineRest). */
  private pendingPieces: { text: string; marker: Marker | null; no: number; offset: number }[] | null = null;
  /** What the rest of the line being read is known to lack (see knownAbsent): the longest rest searched in vain, for each thing. */
  private readonly absent = { at: -1, upTo: new Map<RegExp | string, number>() };
  /** Index into `content` of the line being processed. */
  private at = 0;
  private readonly content: SourceLine[];
  private readonly wrapWidth: number | null;
  private readonly dottedHeads: Set<number>;
  private readonly headers: Set<string>;

  /**
   * `facts`: the whole sheet's, when `lines` are only the part of it that
   * starts at a part heading; `continuing`: such a part, read as the builder
   * reads it after two roles or more (the title is settled by then).
   */
  constructor(lines: readonly SourceLine[], facts: SheetFacts = mergeFacts([partialFacts(lines)]), continuing = false) {
    this.headers = new Set(facts.headers);
    this.wrapWidth = facts.wrapWidth;
    this.dottedHeads = new Set(facts.dottedHeads);
    this.content = [];
    this.titleFree = !continuing;
    // (A thread that starts at a part in the middle of the sheet has no first lines of the sheet to compare.)
    this.topLines = continuing ? null : [];
    this.add(lines);
    if (continuing) this.roleCount = 2;
    this.explicitBefore = continuing;
  }

  /** Takes more lines of the sheet, after those it has (the facts given cover them): noise aside, the rest to be read. */
  add(lines: readonly SourceLine[]): void {
    let afterFooter = false;
    let mail = false;
    let signature = 0;
    // Under "温馨提示：" alone, the notes of its list, up to a blank line: the sheet's closing notice to its readers.
    let notice = false;

    for (let i = 0; i < lines.length; i++) {
      let l = lines[i]!;
      if (!l.text) {
        mail = false;
        notice = false;
        continue;
      }
      if (notice) {
        this.ignored.push({ line: l.no, text: l.text, reason: "closing" });
        continue;
      }
      // A Word document's tracked changes printed in its margin ("批注 [HR1]: …", "删除的内容: …", "已格式化: …"), far to
      // the right, and the lines of the same note under it: no text of the sheet.
      const indent = l.indent ?? 0;
      // (Or at the margin, where a copy puts the notes under the text: "批注 [ZH1]: 涉及…？请明确。", "删除的内容: 48".)
      const atMargin = indent < 30 && REVISION_FIRST.has(l.text.charCodeAt(0)) && REVISION_NOTE.test(l.text);
      if (atMargin || (indent >= 30 && (REVISION_NOTE.test(l.text) || (this.revisionIndent !== null && Math.abs(indent - this.revisionIndent) <= 1)))) {
        this.revisionIndent = atMargin ? null : indent;
        this.ignored.push({ line: l.no, text: l.text, reason: "revision" });
        continue;
      }
      this.revisionIndent = null;
      // (Or one glued onto a line of the sheet after a wide gap: "…每月盘点一次：      删除的内容: 每季度".)
      const glued = l.text.length > 12 && l.text.includes("   ") ? gluedRevision(l.text) : -1;
      if (glued > 0) {
        this.ignored.push({ line: l.no, text: l.text.slice(glued), reason: "revision" });
        l = { ...l, text: l.text.slice(0, glued).trimEnd() };
      }
      if (l.aside) {
        this.ignored.push({ line: l.no, text: l.text, reason: l.aside });
        continue;
      }
      // An e-mail's header, from its 发件人/From line ("发送时间: …", "收件人: …", "主题: …" after it), and the line
      // over a quoted earlier message ("-----原始邮件-----").
      const c = l.text.charCodeAt(0);
      const quoted = (c === 0x2d || c === 0x2014 || c === 0x5f || c === 0x539f || c === 0x8f6c || c === 0x8f49 || c === 0x4f || c === 0x46) && l.text.length <= 60 && MAIL_QUOTED.test(l.text);
      if (quoted || mail || ((c === 0x53d1 || c === 0x767c || c === 0x5bc4 || c === 0x46) && MAIL_FROM.test(l.text))) {
        mail = !quoted && MAIL_FIELD.test(l.text);
        if (mail || quoted) {
          this.ignored.push({ line: l.no, text: l.text, reason: "email" });
          continue;
        }
      }
      // An e-mail's signature under "--": the sender's name, post, company and telephone, up to a blank line.
      if (signature > 0 || (c === 0x2d && l.text === "--" && (signature = signatureLines(lines, i + 1)) > 0)) {
        signature--;
        this.ignored.push({ line: l.no, text: l.text, reason: "closing" });
        continue;
      }
      // (A header spread across the page right under a page's footer, seen once: "华岳证券股份有限公司      内部制度汇编".)
      // (Or, under a footer, a line the sheet's first lines hold: "文件名称：船员职责与权限    文件编号：DHYY-SMS-02".)
      const top = this.topLines;
      let noise: string | null = this.noiseReason(l) ?? (afterFooter && !l.marker && l.text.length <= 80 && (SPREAD_HEADER.test(l.text) || (top?.length === 4 && top.includes(l.text))) ? "page-noise" : null);
      if (top && top.length < 4 && !l.marker) top.push(l.text);
      // The sheet's title, repeated over every page as its running header: read where it first stands, above all else.
      // (A letterhead or a file number may stand above it.)
      if (this.titleFree && (this.content.length > 2 || this.content.some((read) => !!read.marker || TITLE_WORDS.test(read.text)))) this.titleFree = false;
      if (this.titleFree && noise === "page-noise" && !l.marker && this.headers.has(headerKey(l.text)) && TITLE_WORDS.test(l.text) && isTitleLike(l.text)) {
        this.titleFree = false;
        noise = null;
      }
      afterFooter = noise === "page-noise";
      // "…每周与甲方核对一次账目" / "。": the stop of an item, wrapped onto a line of its own, ends the item.
      const previous = noise === "stray" && l.text.length <= 2 ? this.content[this.content.length - 1] : undefined;
      if (previous && previous.no === l.no - 1 && (previous.marker?.style.kind === "item" || previous.continuation) && STOP_ALONE.test(l.text) && !/[。；;，,！!？?：:、]$/u.test(previous.text)) {
        this.content.push({ ...l, continuation: true });
        continue;
      }
      if (noise) {
        // ("⚠️温馨提示：" over "1. 志愿时长有问题请…" after the posts.)
        notice = noise === "advertising" && this.content.length > 0 && NOTICE_HEAD.test(l.text) && lines[i + 1]?.marker?.style.kind === "item";
        this.ignored.push({ line: l.no, text: l.text, reason: noise });
        if (l.tail) this.ignored.push({ line: l.no, text: l.tail, reason: "page-noise" });
        // (A chat message's header: what follows is another message, no more of the role before it.)
        if (noise === "chat") {
          this.breakDue = true;
          this.chatHeaders.add(l.no);
        } else if (noise === "advertising" && ARTICLE_END.test(l.text)) this.endDue = true;
      } else if (this.endDue) {
        this.endDue = false;
        this.content.push({ ...l, afterEnd: true });
      } else if (this.breakDue) {
        this.breakDue = false;
        this.content.push({ ...l, afterBreak: true });
      } else this.content.push(l);
    }
  }

  build(): BuiltTree {
    this.readTo(this.content.length);
    this.closeRole(false);
    return this.tree();
  }

  /**
   * Reads the lines before line `no`, which opens a part (第三篇 …), and says
   * whether the rest can be read by a builder of its own: the part heading
   * must be read as one (not set aside as noise), and two roles or more must
   * have been seen, so that nothing after it can become the title.
   */
  readBefore(no: number): boolean {
    let end = this.at;
    while (end < this.content.length && this.content[end]!.no < no) end++;
    this.readTo(end);
    return this.content[end]?.no === no && this.roleCount >= 2 && this.rolesStarted > this.implicitRoles.length;
  }

  /** The tree of the lines before `no`, after readBefore(no) said yes: ended as the part heading at `no` ends it. */
  treeBefore(no: number): BuiltTree {
    this.closeRole(true);
    // The noise of the later lines belongs to the builder of those lines.
    const kept = this.ignored.filter((i) => i.line < no);
    this.ignored.length = 0;
    for (const i of kept) this.ignored.push(i);
    return this.tree();
  }

  private readTo(end: number): void {
    this.readEnd = end;
    for (; this.at < end; this.at++) {
      const l = this.content[this.at]!;
      if (l.tail) this.ignored.push({ line: l.no, text: l.tail, reason: "page-noise" });
      if (l.heading !== undefined) this.markdownHeading(l);
      else if (l.continuation && this.stack.length) {
        // ("5. 期初教学检查" over a paragraph of its own in the item: its body, a child, as in a plain-text sheet.)
        if (l.bodyParagraph && this.titledItem(l.text)) this.paragraphUnder(this.stack[this.stack.length - 1]!, l.text, l.no, 0);
        else this.fill(l.text, l.no, 0);
      }
      else {
        if (l.startsParagraph) this.closeLists();
        // (A caption, a heading or a note under a table: no more of its last row's cells.)
        if (l.afterBreak && !(l.marker && this.expects(l.marker))) this.closeRole();
        // (After "END", a web article's footer: "长按识别二维码…", "阅读 2.1万".)
        if (l.afterEnd && this.open) this.closed = true;
        if (l.afterBreak && !l.marker && this.chatHeaders.has(l.no - 1) && this.chatPost(l)) continue;
        this.line(l.text, l.marker, l.no, 0, l.depth);
      }
    }
  }

  /**
   * A group chat's message that starts with a post and lists its duties below: "门市（小雅、琪琪）：", "摄影师 阿凯 / 小林",
   * "化妆造型" over "- 接电话…" or "1.按排期拍摄…", "后期 大伟" over "选片：…". The people who hold it, in a bracket or after a space, are no part of its name.
   */
  private chatPost(l: SourceLine): boolean {
    let text = l.text;
    const end = text.charCodeAt(text.length - 1);
    if (end === 0x3a || end === 0xff1a) text = text.slice(0, -1).trimEnd();
    // (Only where the heading would be read as no post otherwise: "【店長職責】小雅" is read as a post's heading is.)
    if (text.length < 2 || text.length > 20 || /[，,。；;！!？?：:]/u.test(text) || /^[【〔［\[「『《〖*]/u.test(text) || roleHeading(text)) return false;
    const next = this.content[this.at + 1];
    // (Its duties below in a list, or one to a line after their labels: "选片：客人选片时在旁边讲解…；".)
    if (!next || next.no !== l.no + 1 || !(next.marker ? next.marker.style.kind === "bullet" || next.marker.ordinal === 1 : LABELED.test(next.text))) return false;
    const open = text.search(/[(（]/u);
    const space = text.search(/[ \u3000]/u);
    let name = text;
    if (open >= 2 && /[)）]$/u.test(text) && nicknames(text.slice(open + 1, -1))) name = text.slice(0, open).trimEnd();
    else if (space >= 2 && nicknames(text.slice(space + 1))) name = text.slice(0, space);
    if (name.length > 8 || !isHeadingLike(name) || startsLikeDuty(name) || blockHeading(name)) return false;
    this.startRole(name, l.text, l.no, null);
    return true;
  }

  private tree(): BuiltTree {
    for (const { role, section } of this.implicitRoles) this.dropOutline(role, section);
    // (Only where posts stand elsewhere: read whole, or after a part heading once the part before had a post of its own.)
    if (this.implicitRoles.length && (this.explicitBefore || this.rolesStarted > this.implicitRoles.length)) for (const { role, section } of this.implicitRoles) this.dropChapterClauses(role, section);
    this.ignored.sort((a, b) => a.line - b.line);
    return { title: this.title, titleLine: this.titleLine, sections: this.sections, ignored: this.ignored };
  }

  private noiseReason(l: SourceLine): string | null {
    const own = ownNoise(l);
    if (own === "page-noise") return own;
    if (this.headers.size && this.headers.has(headerKey(l.text))) return "page-noise";
    return own;
  }

  // ── one line (or the rest of a line after a glued item) ──────────────────

  /** A Markdown heading is a heading for sure: a block, a role, the title, a department or a section. */
  private markdownHeading(l: SourceLine): void {
    const source = l.source ?? l.text;
    const rest = l.marker && l.marker.style.kind !== "bullet" ? l.text.slice(l.marker.length) : l.text;
    if (l.marker?.style.kind === "part") {
      // "## 第一节 车间主任": a subsection that names a position, as line() reads it in plain text.
      const rh = l.marker.style.id === "section" ? this.sectionRole(rest) : null;
      return rh ? this.markdownRole(rh, l) : this.startSection(l.text, l.no);
    }
    const block = blockHeading(rest);
    if (block && this.open) return this.blockStart(block.kind, source, block.rest, l.no, 0);
    // "## ◆ 客服主管岗位职责": a bullet before a role's heading, as tryRole reads it in plain text.
    const bulleted = l.marker?.style.kind === "bullet" ? roleHeading(l.text.slice(l.marker.length)) : null;
    // "### 岗位：后端工程师": the post's field as a heading.
    const field = !bulleted?.name && !l.marker ? formField(rest) : null;
    const named = field?.kind === "role" && field.value ? roleHeading(field.value) ?? { name: withoutHeadcount(field.value), explicit: false } : null;
    const rh = bulleted?.name ? bulleted : named?.name ? named : roleHeading(rest);
    // "### 一、部门职能" under a department: the department's own role, as in plain text.
    if (DEPARTMENT_FUNCTIONS.test(rest.trim()) && (this.department !== null || this.sectionDepartment() !== null)) return this.markdownRole("部门", l);
    // "## 值班制度", "### 考勤规定", "## 四、布展纪律": rules beside the roles, whose items are no duties.
    // (Or "## 科室概况", "## 岗位一览": an overview of the unit or of its posts, over a paragraph or a table.)
    if ((!l.marker || l.marker.style.kind === "item") && (isRulesTitle(rest.trim()) || OVERVIEW_TITLE.test(rest.trim()))) return this.rulesHeading(source, l.no);
    // "## 备注", "## 附录": the back matter, no role.
    // (Or "## 四、附：职级晋升流程": what is attached after the roles.)
    if (this.open && (BACK_MATTER_HEADING.test(rest) || (rest.startsWith("附") && BACK_MATTER.test(rest)))) {
      this.closed = true;
      this.backMatter = true;
      this.ignored.push({ line: l.no, text: source, reason: "closing" });
      return;
    }
    // "### 每日", "### 营业前" under "## 客房部经理": a group of the role's duties by time, its list under it.
    if (!rh && !l.marker && this.open?.level != null && l.heading! > this.open.level && !this.open.block && rest.length <= 12 && TIME_GROUP.test(rest.trim())) {
      this.closeLists();
      const duty = newDuty(null, rest.trim(), l.no);
      this.open.role.duties.push(duty);
      this.stack.push({ duty, key: "group", marker: null, lastText: rest.trim() });
      return;
    }
    // "### 通用职责（各职级均适用）", "### 分职级职责与要求" under "## 二、数据分析师": labels of the role's duties, no posts.
    if (rh && !l.marker && this.open?.level != null && l.heading! > this.open.level && !isPositionName(rh.name) && !isDepartmentName(rh.name)) {
      this.closeLists();
      this.ignored.push({ line: l.no, text: source, reason: "heading" });
      return;
    }
    // "### 一、销售管理" under "## 销售经理": a numbered group of the role's duties, its lists under it.
    if (!rh && this.open?.level != null && l.heading! > this.open.level && l.marker?.style.kind === "item") {
      this.closeLists();
      return this.line(l.text, l.marker, l.no, 0);
    }
    // ("# 城域网运维部岗位职责" over a paragraph and "## 1. 一线技术支持": a department's sheet, its title.)
    const departmentSheet = l.heading === 1 && this.title === null && this.roleCount === 0 && !!rh?.explicit && isDepartmentName(rh.name) && this.headingBelow(l.heading) !== null;
    if (departmentSheet) this.titleOfUnit = true;
    if (rh && rh.name && !departmentSheet && !(l.heading === 1 && this.title === null && this.roleCount === 0 && this.looksLikeRoleAt(this.at + 1))) {
      return this.markdownRole(rh.name, l);
    }
    // A department's heading sits at its roles' depth (as duties export writes it); a title above them.
    // (Or at the depth of the department before it: "## 美术中心" after "## 研发中心" and its posts.)
    // (Or numbered next after it: "## 三、设备与安全" after "## 二、作业班组" and its posts.)
    const nextNumber = !!l.marker && !!this.departmentMarker && l.heading === this.departmentLevel && styleKey(l.marker) === styleKey(this.departmentMarker) && l.marker.ordinal === this.departmentMarker.ordinal! + 1;
    // (Or over a paragraph on the unit, then its posts' headings: "## 3. 外线维护组" / "外线维护组负责…" / "### 3.1 外线组长".)
    const postsBelow = isDepartmentName(withoutEnglishName(rest)) && !this.looksLikeRoleAt(this.at + 1) && l.heading !== this.departmentLevel ? this.headingBelow(l.heading!) : null;
    const department = (isDepartmentName(withoutEnglishName(rest)) && (this.looksLikeRoleAt(this.at + 1) || l.heading === this.departmentLevel || (postsBelow !== null && this.looksLikeRoleAt(postsBelow)))) || (nextNumber && isHeadingLike(rest.trim()));
    if (this.title === null && this.roleCount === 0 && (l.heading === 1 || rh) && !(department && this.content[this.at + 1]!.heading === l.heading)) {
      return this.setTitle(l.text, l.no, 2);
    }
    if (department) {
      this.closeRole(true);
      this.department = rest;
      this.departmentLevel = l.heading!;
      this.departmentMarker = l.marker;
      return this.ignoredAsUsed(l.no, source, "department");
    }
    // ("## 5. 工作程序" after "## 4. 职责" and its posts: the procedure's next chapter, though a list follows.)
    const last = this.sectionHeading;
    const nextChapter = !!l.marker && !!last?.marker && last.level === l.heading && styleKey(l.marker) === styleKey(last.marker) && l.marker.ordinal === last.marker.ordinal! + 1;
    // (Or under a department's heading: "## 一、内容中心" over "### 1.1 短视频编导", a summary and its list.)
    // (Or under a department's sheet's title, "# 运维中心 SRE / DBA 岗位职责", before any post.)
    if (!nextChapter && (this.open || this.department !== null || (this.roleCount === 0 && this.title !== null && this.titleOfUnit)) && this.opensList(this.at + 1, null) && !this.looksLikeRoleAt(this.at + 1)) {
      return this.markdownRole(cleanName(rest), l);
    }
    // ("## 一、司钻" over "**岗位概述**：…" or "### 岗位职责": a post's form below it, whatever its name.)
    const below = this.peek();
    const form = below && (below.heading === undefined || below.heading > l.heading!) ? blockHeading(below.marker ? below.text.slice(below.marker.length) : below.text) : null;
    // (Or over a sentence on the post, then the label of its duties: "负责 7×24 小时受理…。" / "**主要职责：**".)
    const second = below && !below.marker && below.heading === undefined && !form ? this.content[this.at + 2] : undefined;
    const label = second && (second.heading !== undefined || second.strongLabel) ? blockHeading(second.text) : null;
    if (!nextChapter && rest.length <= 16 && isHeadingLike(withoutNote(rest.trim())) && (form?.kind === "summary" || (below?.heading !== undefined && (form?.kind === "duties" || form?.kind === "requirements") && !form.rest) || (label?.kind === "duties" && !label.rest))) {
      return this.markdownRole(cleanName(rest), l);
    }
    this.startSection(l.text, l.no);
    this.sectionHeading = { level: l.heading!, marker: l.marker };
  }

  /** Markdown: the index of the first heading within the next few lines, when it is deeper than `level`; null for none. */
  private headingBelow(level: number): number | null {
    for (let k = this.at + 1; k < this.content.length && k <= this.at + 5; k++) {
      const h = this.content[k]!.heading;
      if (h !== undefined) return h > level ? k : null;
    }
    return null;
  }

  private markdownRole(name: string, l: SourceLine): void {
    // "## 四、生态护林员" after "## 三、镇林长办" and its posts: numbered on from the unit's heading, at its depth, a post of no unit.
    const unit = this.departmentMarker;
    if (this.department !== null && unit && l.marker && l.heading === this.departmentLevel && styleKey(l.marker) === styleKey(unit) && (l.marker.ordinal ?? 0) > (unit.ordinal ?? Infinity)) {
      this.department = null;
      this.departmentMarker = null;
    }
    this.startRole(name, l.source ?? l.text, l.no, l.marker, false, l.text);
    this.open!.level = l.heading!;
  }

  private line(text: string, marker: Marker | null, no: number, offset: number, depth?: number): void {
    // An attached template's lines, up to the next part: "乙方（项目经理）：" names a party, no post.
    if (this.template && marker?.style.kind !== "part") return void this.ignored.push({ line: no, text, reason: "closing" });
    // A pair of em dashes is a bullet in a run of such lines; alone, it signs the sheet ("——物流中心 李经理").
    if (marker?.marker === "——" && !this.dashRun(no)) marker = null;
    // "竹嶺鄉戶政事務所工作職掌表（續）" over a page: the sheet's title again, continued; the page's header.
    // (Or a shorter form of it: "竹嶺鄉戶政事務所工作職掌表（續）" under the title "桐林縣竹嶺鄉戶政事務所工作職掌表".)
    if (!marker && this.title !== null && this.roleCount > 0 && closesBracket(text) && CONTINUED.test(text)) {
      const base = text.replace(CONTINUED, "").trim();
      if (base.length >= 6 && this.title.includes(base)) return void this.ignored.push({ line: no, text, reason: "page-noise" });
    }
    const rest = marker ? text.slice(marker.length) : text;
    // "乙方（家政服务员）：＿＿＿＿＿＿　身份证号：＿＿＿＿": a field of a form left blank to be filled in, no post and no duty;
    // under the posts, "乙方（签字）：＿＿＿＿" signs the sheet.
    // (Anchored and bounded, the test is cheap on the rest of a long line too.)
    if (!marker && BLANK_FIELD.test(text)) {
      if (this.open && (this.open.role.duties.length > 0 || this.open.role.blocks.length > 0)) this.closed = true;
      return void this.ignored.push({ line: no, text, reason: this.roleCount === 0 && !this.open ? "introduction" : "closing" });
    }
    // "职责一⇥职责表述：客服团队管理⇥⇥工作时间百分比：35%": a row of a Word form copied with its cells; the duty is the
    // statement's value, the cells after it notes on it, set aside.
    if (marker?.style.id === "duty-named" && rest.includes("\t")) {
      const cells = rest.split("\t").map((c) => c.trim()).filter(Boolean);
      const label = cells.length ? DUTY_STATEMENT.exec(cells[0]!) : null;
      if (label && cells[0]!.length > label[0].length) {
        for (const cell of cells.slice(1)) this.ignored.push({ line: no, text: cell, reason: "table-cell" });
        const line = `${marker.marker.trim()}：${cells[0]!.slice(label[0].length)}`;
        return this.line(line, matchMarker(line) ?? marker, no, offset);
      }
    }
    // "⇥⇥负责客服人员的招聘面试…" under "⇥工作任务⇥制定客服排班…": the next task, a cell of its own under the titled duty.
    if (this.taskCells) {
      if (!marker && (this.content[this.at]?.indent ?? 0) >= 2 && this.content[this.at]?.no === no && !this.afterGap()) return this.noteUnderItem(text, no, offset);
      this.taskCells = false;
    }
    // The title under "第八條" alone on its line, when it names a unit or a post ("文化遺產廳"): the article's role.
    const article = this.articleTitleDue;
    this.articleTitleDue = null;
    if (article && !marker && isHeadingLike(text) && (isDepartmentName(text) || isPositionName(text))) return this.startRole(cleanName(text), text, no, article, true);
    // (Or its title in brackets, as Macau's and Taiwan's charters print it: "第八條" / "（理事會）".)
    const titled = article && !marker ? bracketedTitle(text) : null;
    if (titled) return this.startRole(titled, text, no, article, true);

    // "① 指《中华人民共和国安全生产法》（2021年修正）。" under "…贯彻执行《安全生产法》①及…": a footnote, its mark glued
    // after a title in a line above. (Or "註1：…" under "…品質指標（註1），…".)
    if (this.roleCount > 0 && (marker ? marker.length <= 3 && FOOTNOTE_MARK.test(marker.marker.trim()) : text.charCodeAt(0) === 0x8a3b || text.charCodeAt(0) === 0x6ce8) && this.footnote(text, marker)) {
      return void this.ignored.push({ line: no, text, reason: "footnote" });
    }
    // "說明：" over numbered points before any post ("一、本職務說明依…訂定，…"): notes on the sheet, no duties, up to a
    // blank line or a post's heading.
    if (this.notesAhead) {
      const heading = marker ? roleHeading(rest)?.explicit || isPositionName(rest) || isDepartmentName(rest) : !!roleHeading(text)?.explicit;
      if (!this.open && this.roleCount === 0 && !this.afterGap() && !heading && (!marker || marker.style.kind === "item")) return void this.ignored.push({ line: no, text, reason: "introduction" });
      this.notesAhead = false;
    }
    // A memo's fields before the sheet it submits ("檔號：…", "主旨：…", "說明：" and its numbered points, "擬辦：…"): up to
    // its attachment's label, a part or a post's heading, they introduce it.
    if (this.memo || (!marker && !this.open && this.roleCount === 0 && MEMO_FIELD.test(text))) {
      // (Or the first of the posts, numbered: "甲部　諮詢服務中心主任（高級聯絡主任）" after "檔號：…".)
      this.memo = !ATTACHMENT_LABEL.test(text) && marker?.style.kind !== "part" && !roleHeading(rest)?.explicit && !(marker?.style.kind === "item" && marker.ordinal === 1 && isPositionName(rest));
      if (this.memo || ATTACHMENT_LABEL.test(text)) {
        this.ignored.push({ line: no, text, reason: "introduction" });
        return;
      }
    }
    // "编制说明：为加强…" under the sheet's first heading, before anything else: the sheet's preface, and that heading its
    // title (see closeRole), not a post.
    // (So is "为明确店铺团队各岗位分工，…特制定本岗位职责。" and the lines of its paragraph, and "（2024版）" under it.)
    if (!marker && this.open && this.roleCount === 1 && this.open.role.duties.length === 0 && this.open.role.blocks.length === 0 && !this.open.summary.length
      && (PREFACE_LABEL.test(text) || PREAMBLE.test(text) || SHEET_VERSION.test(text) || (this.preamble && !this.afterGap()))) {
      this.preamble = PREAMBLE.test(text) || (this.preamble && !this.afterGap());
      this.ignored.push({ line: no, text, reason: "introduction" });
      return;
    }
    this.preamble = false;
    // "前　言" of a standard or a handbook: what follows, up to its next part, clause or post, introduces it.
    if (!marker && text.length <= 8 && FOREWORD.test(text)) {
      this.closeRole(true);
      this.foreword = true;
      this.ignored.push({ line: no, text, reason: "heading" });
      return;
    }
    if (this.foreword) {
      // (Or "一、前廳部" over "（一）前廳經理崗位職責": a handbook's first department or post, numbered.)
      // (A name glossed in English is read by its Chinese: "Ⅰ. 海務部 (Marine Department)".)
      const name = marker?.ordinal === 1 ? withoutEnglishName(rest) : "";
      // (Or a unit's name alone after a blank line, over a post's heading: "營運部" over "Ⅰ. 值更主管（Shift Charge Engineer）".)
      const unit = !marker && text.length <= 16 && this.afterGap() && isHeadingLike(text) && isDepartmentName(text) && this.looksLikeRoleAt(this.at + 1);
      if (marker?.style.kind === "part" || marker?.style.id === "arabic-space" || roleHeading(rest)?.explicit || (name && isHeadingLike(name) && (isDepartmentName(name) || isPositionName(name))) || unit) this.foreword = false;
      else {
        this.ignored.push({ line: no, text, reason: "introduction" });
        return;
      }
    }
    // "关于印发《…管理办法》的通知" over the notice and then the rules it issues, under their own title: theirs is the title.
    if (!marker && this.title !== null && this.roleCount === 0 && this.title.endsWith("通知") && NOTICE_ISSUES.exec(this.title)?.[1] === text) return this.setTitle(text, no, this.titleStrength);
    // "和平里社区居民委员会" over "关于调整居委会成员分工及岗位职责的公告" at the top: a notice's title, its issuer on a line
    // of its own.
    // "XX区政务服务和数据管理局职能配置、内设机构和人员" over "编制规定", then a blank line: a long title wrapped at the
    // page's width, its last words on a line of their own.
    // (Or a notice's title over two lines under a letterhead taken for the title: "中共…委员会文件" / "关于调整…领导班子成员" /
    // "工作分工的通知".)
    const notice = this.title !== null && this.titleStrength < 2 && text.startsWith("关于");
    if (!marker && !this.open && this.roleCount === 0 && (this.title === null || notice) && this.peek()?.no === no + 1) {
      const next = this.peek()!;
      if ((text.length <= 30 && !next.marker && isNoticeTitle(next.text)) || (text.length >= 16 && this.wrappedTitle(text))) return this.titleOverTwoLines(text, no);
      if (notice && text.length <= 30 && !next.marker && next.text.length <= 30 && isNoticeTitle(text + next.text)) return this.titleOverTwoLines(text, no);
    }
    // "文件名称：环境因素识别与评价控制程序" in a controlled document's header, before its body: the document's title.
    if (!marker && !this.open && this.roleCount === 0 && (this.title === null || this.titleStrength < 2) && (text.charCodeAt(0) === 0x6587 || text.charCodeAt(0) === 0x7a0b)) {
      const named = DOCUMENT_NAME.exec(text);
      // (The line before it that stood as the title, the firm's name, becomes part of the introduction: setTitle says so.)
      if (named) return this.setTitle(named[1]!, no, 2);
    }
    // The title again after the cover and the foreword, over the body: a heading, no post.
    if (!marker && this.title !== null && text === this.title && this.titleLine !== no && this.roleCount === 0) {
      this.ignored.push({ line: no, text, reason: "heading" });
      return;
    }
    // "【李娜：这一条建议加上…】": a reviewer's comment in brackets between the lines, no part of the sheet.
    if (!marker && text.charCodeAt(0) === 0x3010 && REVIEW_COMMENT.test(text)) {
      this.ignored.push({ line: no, text, reason: "comment" });
      return;
    }
    // "表二  各职级主要职责", "表5-2  主要管理人员岗位职责表": a table's caption, no post.
    if (!marker && TABLE_CAPTION.test(text)) {
      this.ignored.push({ line: no, text, reason: "heading" });
      return;
    }
    // "刘振华（党委书记）：主持…": a division of work, a line a person with their posts, then what they are in charge of.
    if (!marker && text.length > 6 && this.personPosts(text, no, offset)) return;
    // ("其他工作人员：" over such lines: the label of the people below, no duty.)
    if (!marker && text.length <= 10 && /[:：]$/u.test(text) && this.peek() && !this.peek()!.marker && !!personAndPosts(this.peek()!.text)) return void this.ignored.push({ line: no, text, reason: "heading" });
    // "總務主任　　1.綜理…": a row of a table of posts aligned with spaces, the post in its first column, its list in the second.
    // (Its head only: a line of thousands of pieces reads each piece's start, not its length.)
    if (!marker && spacedHead(text) && this.alignedRow(text, no, offset)) return;

    if (marker?.style.kind === "part") {
      // "第一节 营销总监岗位职责": a subsection that names a position is that position's role.
      const name = marker.style.id === "section" ? this.sectionRole(rest) : null;
      if (name) return this.startRole(name, text, no, marker);
      // "篇一：会计岗位职责" over its list: one version of a page of model texts, a role (not "第一篇", a part).
      const version = text.charCodeAt(0) === 0x7bc7 ? roleHeading(rest) : null;
      const next = version?.name ? this.peek() : null;
      if (next && (next.marker?.style.kind === "item" || blockHeading(next.text)?.kind === "duties")) return this.startRole(version!.name, text, no, null);
      // (A part starts afresh, as the thread that reads from it does: ./split.ts.)
      this.cnClauses = false;
      this.startSection(text, no);
      // "第一章 总则": its clauses (一、本手册每年修订一次。) are no duties; nor are the rules of "第二部分 护理工作制度".
      if (GENERAL_PROVISIONS.test(unspacedTitle(rest)) || SUPPLEMENTARY.test(unspacedTitle(rest)) || isRulesTitle(rest.trim())) this.asideArticle = true;
      return;
    }
    // "二、交接班制度", "（一）科室工作制度": rules kept beside the duties, whose clauses are no duties (so is "（一）岗位设置").
    // ("三、服务禁忌（月嫂、育婴师均须遵守）": with a note in brackets on whom they bind.)
    // (Cheap test first: such a title is short, its note too.)
    if (marker?.style.kind === "item" && rest.length <= 40 && (isRulesTitle(withoutNote(rest)) || (this.roleCount > 0 && rest.includes("表") && ROTA_TITLE.test(withoutNote(rest)))) && !(this.open && this.continuesList(marker))) {
      // (Numbered next after the posts, it keeps their count: "四、考核" after it is the next part of the kind.)
      if (this.followsHeading(marker)) this.rememberHeading(marker);
      return this.rulesHeading(text, no);
    }
    if (marker?.style.kind === "item" && rest.length <= 10 && DIVISION_OF_WORK.test(rest) && !(this.open && this.continuesList(marker)) && (this.looksLikeRoleAt(this.at + 1) || (!!this.peek()?.marker && !sameKey(this.peek()!.marker!, marker)))) {
      this.closeRole(true);
      return void this.ignored.push({ line: no, text, reason: "heading" });
    }
    // "4.3　审计部权限" after "4.2　审计部职责" and its clauses: the open unit's authority, a block of its role.
    if (marker?.style.kind === "item" && this.open && rest.length <= 20 && rest.startsWith(this.open.role.name) && rest.length > this.open.role.name.length + 1) {
      const block = blockHeading(rest.slice(this.open.role.name.length));
      if (block && block.kind !== "duties" && block.kind !== "summary" && block.kind !== "skip" && block.kind !== "form" && !block.rest) {
        this.blockStart(block.kind, text, "", no, offset + text.length);
        return;
      }
    }
    // "一、镇防指组成" over "总 指 挥：镇长" and "成  员：…": who makes up the body, a heading over its staff.
    if (marker?.style.kind === "item" && rest.length <= 16 && COMPOSITION.test(rest) && isStaffingLabel(formField(this.peek()?.text ?? "")?.label ?? "")) {
      this.closeRole(true);
      return void this.ignored.push({ line: no, text, reason: "heading" });
    }
    // ("剧组纪律", "注意事项" over a numbered list after the roles: so are they, unnumbered.)
    // (Or between dashes: "—— 门店服务承诺 ——".)
    // (Or a notice to the staff over its points: "特别提醒：" over "1）APP上报事件照片要清晰…".)
    // ("打球须知（张贴在门口）": with a note in brackets.)
    if (!marker && this.open && (isRulesTitle(text.charCodeAt(0) === 0x2014 ? withoutTrailingDash(text.slice(2)).trim() : withoutNote(text)) || (text.length <= 8 && NOTICE_HEAD.test(text))) && this.peek()?.marker?.style.kind === "item" && this.peek()!.marker!.ordinal === 1) return this.rulesHeading(text, no);
    // (Or dressed with a bullet, a note in brackets after it: "★ 安全红线（人人必须做到）" over "1. 宝宝不离视线…".)
    if (marker?.style.kind === "bullet" && this.open && rest.length <= 24 && isRulesTitle(withoutNote(rest)) && this.peek()?.marker?.style.kind === "item" && this.peek()!.marker!.ordinal === 1) return this.rulesHeading(text, no);
    // "值日安排：" over "星期一：第一组　　星期二：第二组…" under the posts: a rota, no duties, and the posts end there.
    if (!marker && this.open && this.open.role.duties.length > 0 && (isRota(text) || (text.length <= 10 && /[:：]$/u.test(text) && isRota(this.peek()?.text ?? "")))) {
      this.closed = true;
      return void this.ignored.push({ line: no, text, reason: "closing" });
    }
    // ("■ 交接班要求（各岗位通用）" after the posts so dressed: a part on all of them, whatever its title, whatever follows it.)
    if (marker && this.open && rest.length <= 30 && closesBracket(rest) && FOR_ALL_POSTS.test(rest) && !(marker.style.kind === "item" && this.continuesList(marker))) return this.rulesHeading(text, no);
    // "■ 现场支持（Floor Support）" after a gap under the post "■ 班组长" and its list: the next post, dressed with the same
    // bullet, whatever its name.
    if (marker?.style.kind === "bullet" && this.open && this.open.role.duties.length > 0 && rest.length <= 24 && this.afterGap() && isHeadingLike(withoutNote(rest)) && !startsLikeDuty(rest)
      && this.open.role.heading.startsWith(marker.marker.trim()) && this.peek()?.marker?.marker.trim() !== marker.marker.trim()) {
      this.startRole(withoutHeadcount(cleanName(rest)), text, no, null);
      return;
    }
    // "壹、總則" outside any role, "四、附则" anywhere: a heading whose clauses are no duties.
    // (So is "五、组织实施" of a scheme, after its roles: how the scheme is carried out.)
    if (marker?.style.kind === "item" && rest.length <= 16 && ((!this.open && GENERAL_PROVISIONS.test(unspacedTitle(rest))) || (rest.includes("附") && SUPPLEMENTARY.test(unspacedTitle(rest)))
      || (IMPLEMENTATION.test(unspacedTitle(rest)) && !this.continuesList(marker)))) {
      this.closeRole(true);
      this.ignored.push({ line: no, text, reason: "heading" });
      this.asideArticle = true;
      return;
    }
    // "一、工作原则", "二、适用范围", "五、应急处置程序" of an emergency plan or a scheme: parts whose clauses are no one's duties.
    // (So is a governance rule's part on a meeting, "四、总经理办公会议": how it is called and run.)
    if (marker?.style.kind === "item" && !marker.path && marker.style.id !== "arabic-space" && rest.length <= 12 && (PLAN_PART_ASIDE.test(/[\s:：]/u.test(rest) ? rest.replace(/[\s:：]+/gu, "") : rest) || MEETING_PART.test(rest)) && !this.continuesList(marker)) {
      this.closeRole(true);
      this.ignored.push({ line: no, text, reason: "heading" });
      this.asideArticle = true;
      return;
    }
    // "壹、目的：…", "貳、各職務工作職責", "肆、參考資料：": the parts of a Taiwanese procedure or rule, over 一、… and its posts.
    // (Or "Ⅰ. 人員職掌", "Ⅱ. 業績獎金": parts numbered in Roman numerals over lists numbered 一、, when the next part follows.)
    if ((marker?.style.id === "financial" || (marker?.style.id === "roman" && !/(?:岗位|崗位)$/u.test(rest.trim()) && this.romanPart(marker))) && this.isCapitalPart(marker, rest)) {
      this.startSection(text, no);
      // (A clause's items are no duties, but for the clause of the duties: "參、職責內容：" over the posts.)
      const title = unspacedTitle(CLAUSE_PART.exec(rest)?.[1] ?? rest);
      if (!DUTIES_CLAUSE.test(title) && (CLAUSE_WORDS.test(title) || CLAUSE_PART.test(rest) || GENERAL_PROVISIONS.test(title) || SUPPLEMENTARY.test(title))) this.asideArticle = true;
      return;
    }
    if (marker?.style.id === "arabic-space" && !this.backMatter && this.isChapter(marker, rest)) return this.startSection(text, no);
    // (Not the next item of the open list: "4. 管理客户关系：" after "3. …；".)
    if (marker?.style.id === "arabic" && !this.backMatter && this.isClause(marker, rest) && !this.continuesList(marker)) return this.startSection(text, no);
    // ("一、目的" … "四、岗位作业内容" over "4.1 包装线班长": a procedure's clauses numbered in Chinese over its dotted posts.)
    // (Not a department over its posts, "八、銷售部" over "8.1部長".)
    if (marker?.style.id === "cn" && !this.backMatter && ((this.rolesUnder(marker) && !isDepartmentName(rest.trim())) || (this.cnClauses && this.cnClause(marker, rest)))) {
      this.cnClauses = true;
      this.startSection(text, no);
      this.cnSections.add(this.section!);
      return;
    }
    // "8.1 目的", "8.2 適用範圍", "8.3 崗位職責" of a manual's chapter 8: its clauses, numbered within the chapter.
    // (Not the parts of a post numbered as the chapter is: "1　党群工作部部长" over "1.1　岗位职责", "1.2　任职资格".)
    if (marker?.style.id === "dotted" && marker.path?.length === 2 && rest.length <= 8 && CHAPTER_CLAUSE.test(rest.trim()) && this.chapterClauses() >= 3 && !(this.open?.marker && this.open.marker.ordinal === marker.path[0] && !this.open.marker.path)) return this.startSection(text, no);
    // "一、公司简介", "二、招聘岗位": the outline of a posting or notice, whose parts hold the roles.
    if (marker?.style.kind === "item" && rest.length <= 12 && POSTING_OUTLINE.test(rest) && !this.continuesList(marker)) return this.startSection(text, no);
    if (!marker && this.namesDutiesBelow(text)) {
      // "锦绣华庭物业服务中心" / "岗位职责" over an introduction, at the top: the sheet's title, broken in two.
      const label = this.peek()!;
      const after = this.content[this.at + 2];
      if (this.title === null && this.roleCount === 0 && label.no === no + 1 && after && !after.marker && ROLE_WORDS_ALONE.test(label.text) && !this.looksLikeRoleAt(this.at + 2)) {
        this.setTitle(text + label.text, no, 2);
        this.ignored.push({ line: label.no, text: label.text, reason: "heading" });
        this.at++; // (the label's line, read here)
        return;
      }
      // ("销售部经理 王强" over "主要职责：…": startRole names the post without the person who holds it.)
      return this.startRole(text, text, no, null);
    }
    // "附件一：修订记录", "附录A" after a handbook's or a standard's chapters: a part of its own, its lines the back matter.
    if (!marker && (this.open || this.roleCount > 0) && text.charCodeAt(0) === 0x9644 && APPENDIX.test(text) && this.sections.some((s) => s.title !== null)) {
      this.startSection(text, no);
      this.backMatter = true;
      return;
    }
    // "备注：" after the roles, none open (a table's last row ended them): the back matter starts all the same.
    if (!marker && !this.open && this.roleCount > 0 && BACK_MATTER.test(text) && !appendsPost(text)) {
      this.backMatter = true;
      this.ignored.push({ line: no, text, reason: "closing" });
      return;
    }
    // After "附则" or "附件：…" numbered lines are the back matter's clauses or an attachment's rows, no duties.
    // (An attached template, "项目安全生产目标责任书" with its parties and clauses, holds no post, whatever its lines look like.)
    if (this.backMatter && (this.open || this.roleCount > 0) && !(this.content[this.at]?.no === no && !isChartLine(text) && !this.template && this.looksLikeRoleAt(this.at))) {
      if (!marker && text.length <= 30 && TEMPLATE_TITLE.test(text)) this.template = true;
      this.ignored.push({ line: no, text, reason: "closing" });
      return;
    }
    if (!marker && this.open && ((this.closed && !(this.content[this.at]?.no === no && !this.template && this.looksLikeRoleAt(this.at))) || (isClosing(text) && !INTRODUCES_LIST.test(text) && (!this.stack.length || TERMINAL.test(this.stack[this.stack.length - 1]!.lastText) || this.freshParagraph() || this.afterGap() || SIGNS_FORM.test(text))) || this.signsOff(text) || this.factsAfterList(text))) {
      this.closed = true;
      this.backMatter = BACK_MATTER.test(text);
      if (text.length <= 30 && TEMPLATE_TITLE.test(text)) this.template = true;
      this.ignored.push({ line: no, text, reason: "closing" });
      return;
    }
    if (marker) this.closed = false;
    // Under a department heading, before its first role: the department's description is not a duty.
    if (!marker && !this.open && this.department !== null && describesDepartment(text, this.department)) return this.ignoredAsUsed(no, text, "department");

    // "※早、午、晚診輪班，每診至少二人。" under a post, before its numbered list: a note on the post, its summary.
    // (So is "★ 门店第一负责人，对本店经营及药品质量负总责" over "① 每日开店前…": the post in a sentence, no group of items.)
    if (marker?.style.kind === "bullet" && (text.charCodeAt(0) === 0x203b || (text.charCodeAt(0) === 0x2605 && /[，,。；;]/u.test(rest) && !/[:：]$/u.test(rest))) && this.open && this.open.role.duties.length === 0 && !this.open.block && this.peek()?.marker?.style.kind === "item") {
      this.open.summary.push({ no, text: text.charCodeAt(0) === 0x2605 ? rest : text });
      return;
    }
    // "※薪資依經驗及證照另議，試用期三個月。" under a posting's duties: its pay, no duty.
    if (this.open && text.charCodeAt(0) === 0x203b && PAY_NOTE.test(text)) return this.ignoredAsUsed(no, text, "benefits");
    // "12-18K·13薪 | 杭州·余杭区 | 1-3年 | 大专" under a posting's post: the job board's facts, no summary.
    if (!marker && this.open && !this.stack.length && isPostingFacts(text)) return this.ignoredAsUsed(no, text, "posting");
    if (!marker) {
      const fields = formFields(text);
      // ("学历：本科及以上" over "学位：学士及以上" after a post's duties, a civil service's table of posts written out: the
      // post's requirements with no heading of their own, a line each.)
      if (this.open && !this.open.block && this.open.role.duties.length > 0 && requirementLine(text) && requirementLine(this.peek()?.no === no + 1 ? this.peek()!.text : "")) {
        this.blockStart("requirements", "", "", no, 0);
      }
      // (Under 任职资格, "学历：本科" is a requirement, not a field of the role.)
      if (fields && !(this.open?.block?.type === "requirements" && REQUIREMENT_LABEL.test(fields[0]!.label)) && this.fields(fields, text, no)) return;
      // "職務類別" / "品管／品保工程師": a job board's field, its label alone on a line and its value on the next.
      if (!fields && this.open && text.length <= 6 && this.fieldOverValue(text, no)) return;
    } else if (marker.style.kind === "bullet" && rest && depth === undefined && rest.length <= 30 && formField(rest)?.kind === "role" && formField(rest)!.value) {
      // "■ 職缺一：門市店長": a posting's post, dressed with a bullet.
      if (this.fields(formFields(rest)!, text, no)) return;
    } else if (marker.style.kind === "bullet" && rest && this.open && !this.open.block && this.open.role.duties.length === 0 && depth !== undefined) {
      // Markdown: "- **匯報對象**：數據中台主管" under a role's heading, before its duties: a field of the form.
      const fields = formFields(rest);
      if (fields && !fields.some((f) => f.kind === "role") && this.fields(fields, text, no)) return;
    } else if (marker.style.kind === "item" && rest) {
      // Numbered form fields ("1、岗位名称：税务专员", "2、所属部门：财务部"): a role field opens the role, and the
      // numbered fields right after it are its fields (not "1. 学历：本科" under 任职要求, which is an item).
      const fields = formFields(rest);
      const opens = !!fields?.some((f) => f.kind === "role" && f.value);
      if (fields && (opens || this.open?.numberedFields) && this.fields(fields, text, no)) {
        this.open!.numberedFields = true;
        return;
      }
      if (this.open) this.open.numberedFields = false;
    }
    // "管理部職掌：" under "三、管理部", before its first duty: the label of the unit's own list.
    if (!marker && this.open && this.open.role.duties.length === 0 && labelsOwnDuties(rest, this.open.role.name)) return this.blockStart("duties", rest, "", no, offset + text.length);
    // ("领导小组职责：统一领导…；决定…。" under "一、应急处置领导小组": the label, then the duties on its line.)
    if (!marker && this.open && this.open.role.duties.length === 0 && !this.open.block && rest.length > 8) {
      const colon = rest.slice(0, 16).search(/[:：]/u);
      if (colon >= 4 && labelsOwnDuties(rest.slice(0, colon + 1), this.open.role.name)) {
        const after = rest.slice(colon + 1);
        const start = after.length - after.trimStart().length;
        return this.blockStart("duties", rest.slice(0, colon + 1), after.trim(), no, offset + text.length - rest.length + colon + 1 + start, text);
      }
    }
    // "职责描述：…" and "工作任务：" under "职责一：行政事务管理": the titled duty's description and the label of its tasks.
    if (!marker && this.open && NAMED_DUTY_FIRST.has(rest.charCodeAt(0)) && this.underNamedDuty(rest, no, offset + text.length - rest.length)) return;
    // "职责：1.…；2.…" under a post: its list after the bare word and a colon (alone, "職責" may title an article).
    if (!marker && this.open && (rest.charCodeAt(0) === 0x804c || rest.charCodeAt(0) === 0x8077) && BARE_DUTIES.test(rest)) {
      const after = rest.slice(3).trimStart();
      return this.blockStart("duties", rest.slice(0, 3), after, no, offset + text.length - after.length, text);
    }
    // "4.2 岗位说明", "二、職務說明": numbered, the heading over a chapter's posts.
    // (Or a kind of posts: "Ⅰ. 管理岗位", "Ⅱ. 技术岗位" over the posts of each kind.)
    if (marker?.style.kind === "item" && rest.length <= 8 && (POSTS_HEADING.test(rest.trim()) || POST_KIND.test(rest.trim())) && !(this.open && this.continuesList(marker))) {
      this.headsRoles(null, marker, no, text);
      return;
    }
    const block = blockHeading(rest);
    // "岗位编制：1人" under a post: its head count, a field of the post, no block that would take its duties.
    // (So is "工作时间：08:00—16:00" with its value on its line: the post's hours, no block that would take its duties.)
    if (block?.kind === "other" && !marker && this.open && (HEAD_COUNT.test(block.rest) || (block.rest && WORK_HOURS.test(block.title)))) {
      this.open.role.fields.push({ label: block.title.replace(/[:：]\s*$/u, ""), value: block.rest, line: no });
      return;
    }
    // "（一）職責概要：…" / "（二）工作職責：" / "（三）任用資格：…" under a post: the parts of its form, numbered.
    if (block && block.kind !== "skip" && marker?.style.kind === "item" && this.open && this.numberedPart(marker, block.kind)) {
      return this.blockStart(block.kind, marker.marker + block.title, block.rest, no, offset + text.length - block.rest.length, text);
    }
    // "考核：差错率≤1%" between items 1 and 2 of a list: a note under item 1, not a block that takes item 2.
    if (block && !marker && block.rest && this.stack.length && this.listGoesOn()) return this.noteUnderItem(text, no, offset);
    // "1. 内部关系：与采购部…" is an item that starts with a label, not a block heading; "✅岗位职责：…" is the heading.
    const dressed = marker?.style.kind === "bullet" && (block?.kind === "duties" || block?.kind === "requirements");
    // ("第十一條　人員編制" outside any unit's article: an article, set aside with its list; see article.)
    const asideArticle = marker?.style.kind === "article" && !this.open && (block?.kind === "other" || block?.kind === "skip");
    // ("四、考核" after "三、服务禁忌" and the posts "一、月嫂", "二、育婴师": a part on all the posts, numbered as they are,
    // set aside with its lines as rules are.)
    if (block && block.kind !== "duties" && block.kind !== "summary" && marker?.style.kind === "item" && !block.rest && !this.open && this.roleCount > 0 && this.followsHeading(marker)) return this.rulesHeading(text, no);
    if (marker && this.nextOutlinePart(marker, rest)) {
      this.outline!.ordinal = marker.ordinal!;
      return this.rulesHeading(text, no);
    }
    // ("學歷要求：不拘" under "條件要求：": a label of the kind of the block open above, with its value, is a line of that block.)
    const above = this.open?.block;
    const inBlock = !!block && !!block.rest && !!above && above.line < no && above.type === BLOCK_TYPES[block.kind as keyof typeof BLOCK_TYPES] && !matchMarker(block.rest);
    if (block && !asideArticle && !inBlock && (dressed || !(marker && block.rest)) && (!marker || dressed || !this.continuesList(marker))) {
      // ("1.2　任职资格" after "1.1　岗位职责" and its list: the form's parts are so numbered, "1.4　考核要点：…" the next.)
      if (marker?.style.kind === "item" && !dressed && this.open && !block.rest) this.open.partsKey ??= styleKey(marker);
      return this.blockStart(block.kind, marker ? marker.marker + block.title : block.title, block.rest, no, offset + text.length - block.rest.length, text);
    }

    if (marker?.style.kind === "article") return this.article(text, marker, rest, no, offset);
    if (!marker && text.charCodeAt(0) === 0x3010 && this.bracketedPostWithDuties(text, no, offset)) return;
    if (!marker && this.roleWithItems(text, no, offset)) return;
    // "2、技士職責：1.…2.…" after the role "1、二級技師職責": the next role, its list on its heading's line.
    // (Or the first under a department's heading, numbered as the posts under the department before were: "Ⅳ. 司儀及宣傳組"
    // over "1. 司儀：負責開幕禮…".)
    const firstUnder = !!marker && marker.ordinal === 1 && !this.open && this.department !== null && this.roleMarkers.has(styleKey(marker));
    if (marker && !this.open?.listed && (this.followsHeading(marker) || this.nextDottedRole(marker) || firstUnder) && /[:：]/u.test(rest.slice(0, 42))
      && this.roleWithItems(rest, no, offset + marker.length, marker)) return;
    // "**内设机构**" under a department's duties: the heading of its offices below ("- 综合科：负责…"), each a unit.
    if (!marker && text.length <= 8 && POSTS_HEADING.test(text) && this.peek()?.marker?.style.kind === "bullet") {
      const over = this.open && isDepartmentName(this.open.role.name) ? this.open.role.name : null;
      this.headsRoles(over, null, no, text);
      this.unitsBelow = true;
      return;
    }
    if (this.unitsBelow && !this.open && marker?.style.kind === "bullet" && this.bulletUnit(text, rest, no, offset + marker.length)) {
      this.open!.bullet = { marker: marker.marker, depth: this.content[this.at]?.depth ?? this.content[this.at]?.indent ?? 0 };
      return;
    }
    // "- **生产部**：负责…" after the role "- **质量部**" and its list: the next unit, dressed by the same bullet.
    const bullet = this.open?.bullet;
    if (bullet && marker?.marker === bullet.marker && (this.content[this.at]?.depth ?? this.content[this.at]?.indent ?? 0) === bullet.depth && this.open!.role.duties.length > 0 && this.bulletUnit(text, rest, no, offset + marker.length)) return;
    if (marker && this.listedUnit(text, marker, rest, no, offset)) return;
    if (this.tryRole(text, marker, rest, no)) return;
    // "五、檢測人員：依標準方法執行檢測，並對數據之正確性負責。" after the posts "一、…" to "四、…", over its list: the next
    // post, its summary after the colon.
    if (marker && this.followsHeading(marker) && this.postWithSummary(text, rest, marker, no)) return;

    // "己、人事室、會計室：依相關法令辦理，職掌另訂之。" after the units' lists: a unit whose duties are set elsewhere.
    if (marker?.style.kind === "item" && this.open && rest.includes("另") && REFERS_ELSEWHERE.test(rest) && !this.continuesList(marker)) {
      this.closeRole(true);
      this.ignored.push({ line: no, text, reason: "closing" });
      return;
    }
    if (marker) {
      const accepted = this.acceptMarker(marker, rest);
      if (accepted) return this.item(accepted, accepted === marker ? rest : text.slice(accepted.length), no, offset, depth);
    } else if (this.stack.length && text.charCodeAt(0) <= 0x39 && TERMINAL.test(this.stack[this.stack.length - 1]!.lastText)) {
      // "2.10年以上财务工作经验。" after "1.…；": item 2 of the list, its text starting with a number (no decimal 2.10
      // years); after a line that ends mid-sentence, "2.5亿元…" goes on with it.
      const m = /^[0-9]{1,2}[.．](?=[0-9])/u.exec(text);
      const item = m ? matchMarker(`${m[0]}x`) : null;
      if (item && styleKey(item) === "arabic" && this.expects(item)) return this.item(item, text.slice(item.length), no, offset, depth);
    }
    this.text(text, no, offset);
  }

  /**
   * The position a subsection names ("第一节 营销总监岗位职责", or "第一节 车间主任"
   * under "第一章 生产部" with its list after it), or null when it is a section.
   */
  private sectionRole(rest: string): string | null {
    // "第一节 部门职能" under "第三章 工程管理部": the department's own duties, a role named after it.
    if ((DEPARTMENT_FUNCTIONS.test(rest.trim()) || DEPARTMENT_DUTIES.test(rest.trim())) && (this.department ?? this.sectionDepartment()) !== null && this.numberedListAhead()) return "部门";
    const rh = roleHeading(rest);
    return rh?.name && (rh.explicit || (isPositionName(rh.name) && this.opensList(this.at + 1, null))) ? rh.name : null;
  }

  private startSection(text: string, no: number): void {
    this.template = false;
    this.unitsBelow = false;
    this.closeRole(true);
    this.asideArticle = false;
    this.department = null;
    for (const key of this.roleMarkers.keys()) this.earlierRoleKeys.add(key);
    this.roleMarkers.clear();
    this.section = { kind: "section", id: "", title: text, line: no, roles: [] };
    this.sections.push(this.section);
  }

  /**
   * Whether "貳、各職務工作職責" heads a part of the sheet rather than a duty ("壹、審核支出憑證。"): a title, or a
   * clause's word and its text ("壹、目的：明定…"), not a post's heading, and no item of a list of such numbers.
   */
  private isCapitalPart(marker: Marker, rest: string): boolean {
    if (this.open && this.continuesList(marker)) return false;
    // ("壹、工作職掌", "貳、工作權限" under "職稱：執行秘書": the parts of a post's form.)
    if (this.open && blockHeading(rest)) return false;
    const clause = CLAUSE_PART.exec(rest);
    if (clause) return CLAUSE_WORDS.test(clause[1]!) || /^(?:参考资料|參考資料|依据|依據|附则|附則)$/u.test(clause[1]!);
    // ("各職務工作職責", "各編組任務" start as a duty may, "各…", but title the posts' duties.)
    // ("肆、組織與工作分配" starts with 組織 too: the body and its division of work.)
    if (ORGANIZATION_PART.test(rest) && rest.length <= 12 && !/[，,。；;：:]/u.test(rest)) return true;
    if (rest.length > 20 || !isHeadingLike(rest) || (startsLikeDuty(rest) && !/(?:职责|職責|职掌|職掌|任务|任務|分工)$/u.test(rest)) || isDepartmentName(rest)) return false;
    // ("伍、廚工" after the posts "壹、" to "肆、": the next post, whatever its name.)
    if (this.followsHeading(marker)) return false;
    const rh = roleHeading(rest);
    return !(rh?.name && (isPositionName(rh.name) || isDepartmentName(rh.name)));
  }

  /**
   * Whether an upper-case Roman numeral numbers a part of the document: over a list numbered another way right below it,
   * with the next numeral further on (or after a part so numbered already).
   */
  private romanPart(marker: Marker): boolean {
    if (marker.path || marker.ordinal === null || !/^[\u2160-\u216bIVX]/u.test(marker.number!)) return false;
    if (this.romanParts) return true;
    // (Not groups of the open post's duties: "Ⅰ. 營運管理" over "⑴ 擬訂…" under "職稱：主任".)
    // (Nor posts so numbered: "Ⅲ．场控 —— 阿杰" after "Ⅱ．助播 —— 周周" and its list.)
    // (Nor inside a part already: "第二部分  后台岗位" over "Ⅲ．场控 —— 阿杰".)
    if (this.open || this.roleMarkers.has(styleKey(marker)) || (this.section !== null && this.section.title !== null)) return false;
    const below = this.content.slice(this.at + 1, this.at + 4).find((l) => l.marker)?.marker;
    if (!below || below.style.kind !== "item" || sameKey(below, marker)) return false;
    for (let k = this.at + 2; k < this.content.length; k++) {
      const m = this.content[k]!.marker;
      if (m && sameKey(m, marker) && m.ordinal === marker.ordinal + 1) return (this.romanParts = true);
    }
    return false;
  }

  /** "5 岗位职责" is a standard's chapter when the document numbers clauses 5.1, 5.2 … */
  private isChapter(marker: Marker, rest: string): boolean {
    if (this.dottedHeads.size === 0 || rest.length > 24 || /[。；;，,：:]/u.test(rest)) return false;
    if (this.namesRoleOverItems(marker, rest)) return false;
    return this.dottedHeads.has(marker.ordinal!) || marker.ordinal! <= Math.max(...this.dottedHeads) + 3;
  }

  /**
   * Whether "4.權責：", "1.目的：", "3.定義：無" heads a clause of a procedure whose clauses go on in dotted numbers
   * (4.1 總經理, 4.1.1 …): a short title and a colon, no post, department or job-description block.
   */
  private isClause(marker: Marker, rest: string): boolean {
    // (Cheap tests first: a clause's title is short, and has a colon or is one of the few words.)
    if (rest.length > 16 || this.dottedHeads.size === 0 || (rest.length > 6 && !rest.includes("：") && !rest.includes(":")) || !(this.dottedHeads.has(marker.ordinal!) || marker.ordinal! <= Math.max(...this.dottedHeads) + 3)) return false;
    const m = CLAUSE_TITLE.exec(rest.trim());
    const title = m ? m[1]! : CLAUSE_WORDS.test(rest.trim()) ? rest.trim() : null;
    if (!title) return false;
    if (isPositionName(title) || isDepartmentName(title)) return false;
    // ("2.職責內容" over "2.1 品保課課長": the clause of the posts, not the duties' label of a form.)
    if (blockHeading(`${title}：`) || roleHeading(title)) return this.rolesUnder(marker);
    return true;
  }

  /** After "四、岗位作业内容" over its dotted posts, whether "五、相关记录" is the next clause: a short title, no post's or unit's. */
  private cnClause(marker: Marker, rest: string): boolean {
    const title = rest.trim();
    return (this.isClause(marker, rest) || (title.length <= 10 && isHeadingLike(title) && !isPositionName(title) && !isDepartmentName(title) && !roleHeading(title))) && !this.continuesList(marker);
  }

  /** Whether the next line is the first dotted clause under this one and names a post or a department. */
  private rolesUnder(marker: Marker): boolean {
    const next = this.content[this.at + 1];
    const path = next?.marker?.path;
    if (!next || !path || path.length !== 2 || path[0] !== marker.ordinal) return false;
    const name = roleHeading(next.text.slice(next.marker!.length))?.name;
    return !!name && (isPositionName(name) || isDepartmentName(name));
  }

  /**
   * Whether a clause's heading names a post or a department whose duties are the clauses under it, as a
   * procedure numbers them ("1  质量管理部职责" over "1.1 负责建立…"; "2  质量受权人" over "2.1 承担…"), rather than a
   * chapter over roles ("4  管理职责" over "4.1 总经理").
   */
  private namesRoleOverItems(marker: Marker, rest: string): boolean {
    const rh = roleHeading(rest);
    if (!rh?.name || !(isPositionName(rh.name) || isDepartmentName(rh.name))) return false;
    // ("1　党群工作部部长" over its form's fields and a sentence on the post, then "1.1　岗位职责": its first clause past them.)
    let k = this.at + 1;
    while (k < this.content.length && k <= this.at + 4 && !this.content[k]!.marker) k++;
    const next = this.content[k];
    const path = next?.marker?.path;
    if (!next || !path || path.length !== 2 || path[0] !== marker.ordinal) return false;
    const under = next.text.slice(next.marker!.length);
    return !roleHeading(under)?.name && (k === this.at + 1 || blockHeading(under) !== null);
  }

  /**
   * A heading of rules: it ends the open role, and its clauses are set aside up to the next role. A role opened
   * just before with nothing of its own ("一、心血管内科" over "（一）科室工作制度") is the department of the roles after.
   */
  private rulesHeading(text: string, no: number): void {
    const open = this.open;
    if (open && open.role.duties.length === 0 && open.role.blocks.length === 0 && open.role.fields.length === 0 && open.summary.length === 0 && !open.summarized?.length) {
      this.open = null;
      this.stack = [];
      this.currentSection().roles.pop();
      this.roleCount--;
      this.department = open.role.name;
      this.ignored.push({ line: open.role.line, text: open.role.heading, reason: "department" });
    } else {
      this.closeRole(true);
    }
    this.ignored.push({ line: no, text, reason: "heading" });
    this.asideArticle = true;
  }

  /** Whether the line `no` has a neighbour that also starts with a pair of em dashes. */
  private dashRun(no: number): boolean {
    if (this.content[this.at]?.no !== no) return true;
    return this.content[this.at - 1]?.marker?.marker === "——" || this.content[this.at + 1]?.marker?.marker === "——";
  }

  /**
   * The department a part's heading names ("第二章 财务部"), or null; unless `bare`, also the department whose duties
   * it heads ("第三章 工程管理部职责"), which a part of a compilation's versions ("第二篇:銷售部崗位職責") is not.
   */
  private sectionDepartment(bare = false): string | null {
    // (Asked for each role: worked out once a section.)
    const section = this.section;
    if (bare && section && this.bareDepartment?.section === section) return this.bareDepartment.name;
    const name = this.partDepartment(bare);
    if (bare && section) this.bareDepartment = { section, name };
    return name;
  }

  /** The department a part's heading names (see sectionDepartment). */
  private bareDepartment: { section: Section; name: string | null } | null = null;

  private partDepartment(bare: boolean): string | null {
    const title = this.section?.title;
    const marker = title ? matchMarker(title) : null;
    // (Or a numbered unit's heading that became a section: "### 二、组织部（党校、党委教师工作部）" over "**部门职责**".)
    const name = !title ? null : marker?.style.kind === "part" || (marker?.style.kind === "item" && isDepartmentName(title.slice(marker.length).trim().replace(/[(（][^()（）]*[)）]$/u, ""))) ? title.slice(marker!.length).trim() : marker ? null : title;
    if (!name) return null;
    if (isDepartmentName(name)) return name;
    if (bare) return null;
    // "第三章 工程管理部职责": the department whose duties the part holds.
    const rh = roleHeading(name);
    return rh?.explicit && rh.name && isDepartmentName(rh.name) ? rh.name : null;
  }

  private currentSection(): Section {
    if (!this.section) {
      this.section = { kind: "section", id: "", title: null, line: null, roles: [] };
      this.sections.push(this.section);
    }
    return this.section;
  }

  // ── roles ────────────────────────────────────────────────────────────────

  private tryRole(text: string, marker: Marker | null, rest: string, no: number): boolean {
    if (this.blockRest) return false;
    // "场长职责　　责任人：王建国": the heading, then who holds the post after a wide space, as a form's field.
    // (Cheap test first: a wide space within the first twenty characters, found without a copy of the line.)
    const gap = rest.length <= 60 ? wideGapAt(rest, 24) : -1;
    if (gap >= 2) {
      const head = rest.slice(0, gap);
      const field = formField(rest.slice(gap).trimStart());
      const rh = field && field.value && (field.kind === "other" || field.kind === "relation") ? roleHeading(head) : null;
      if (rh?.explicit && rh.name) return this.roleAt(text, marker, head, no);
    }
    // "【客户经理】  姓名：周  强", "【保安员】 ××保安服务有限公司派驻" after a blank line under a post in brackets: the next
    // post, a note on who holds it beside it, whatever follows.
    const lead = !marker && text.charCodeAt(0) === 0x3010 && this.open?.role.heading.startsWith("【") ? NOTED_POST.exec(text) : null;
    if (lead && isPositionName(lead[1]!) && this.afterGap()) {
      this.startRole(lead[1]!, text, no, null);
      return true;
    }
    // "主任（管理五级，1个）", "会计（专业技术十二级）": a post's grade and head count in a bracket after its name, whose
    // commas would make it a sentence: the heading is read without it, and the post keeps it in its name as written.
    // ("主播（签约主播，含退役选手转型）": or any short note on a post, over its list.)
    const note = closesBracket(rest) ? (GRADE_NOTE.exec(rest) ?? PERSON_NOTE.exec(rest) ?? this.postNote(rest))?.[0] : undefined;
    if (!note) {
      // "一、党工委书记　张某某": a division of work names the post, then the person who holds it.
      // "Ⅰ．主播 —— 林可欣（1号间）、苏苏（2号间）": the post, a dash, the people who hold it.
      // (Tried where a dash or a colon comes after a post's name only: this runs for every numbered line.)
      // (Unnumbered, over its list: "主教练 —— 李航（Coach Hang）".)
      // ("👑 会长｜陈思远", "🤝 副会长｜林小雨、赵磊" over a paragraph or a list: the post, a bar, the people who hold it.)
      const barred = rest.length <= 40 ? this.barredRole(rest) : null;
      if (barred && this.peek() && !(marker && this.peek()!.marker && sameKey(this.peek()!.marker!, marker))) {
        // (Under no department when the posts so written before it were under none: "💰 财务｜孙浩然" after "📣 宣传部".)
        if (this.currentSection().roles.some((r) => r.heading.includes("｜") && r.department === null)) this.department = null;
        this.startRole(barred, text, no, marker);
        return true;
      }
      const sep = rest.length <= 80 ? holderSeparator(rest) : 0;
      const dashed = sep === 1 && rest.length <= 60 ? HOLDERS_AFTER_DASH.exec(rest) : null;
      // (Numbered, a post so written over a paragraph of its own, or any name numbered next after such posts: "Ⅴ. 投手 ——
      // （暂由投放组 孙磊 兼任）".)
      if (dashed && marker?.style.kind === "item" && !this.continuesList(marker) && (isPositionName(dashed[1]!) || (this.followsHeading(marker) && isHeadingLike(dashed[1]!)))) {
        this.startRole(dashed[1]!, text, no, marker);
        return true;
      }
      if (dashed && isPositionName(dashed[1]!) && (marker || this.opensList(this.at + 1, null))) return this.roleAt(text, marker, dashed[1]!, no);
      // (Unnumbered too, over its list: "销售部经理 王强"; or after a colon, with a title and the post in English:
      // "2.3 副校長（學生支援）：黃綺雯女士", "2.2 副校長（學與教）：何志明博士 Vice-Principal (Learning & Teaching)".)
      // (Or unnumbered over its list, in a mail: "系统管理员：张磊（B角：孙浩）", "安全管理员：王芳"; not a form's field or a
      // group's staff, "组长：王强".)
      const holder = sep === 2 && (marker || this.unnumberedHolder(rest)) ? HOLDER_AFTER_COLON.exec(rest) ?? (marker ? this.postsHolding(rest) : null) : null;
      // (Or any name, numbered next after the posts before it: "六、行政及档案管理：顾晓敏（兼）".)
      if (holder && (isPositionName(holder[1]!) || isDepartmentName(holder[1]!) || (marker && holder[1]!.length <= 10 && this.followsHeading(marker)))) {
        const opened = this.roleAt(text, marker, holder[1]!, no);
        // (The post keeps its English name, as "2.1 校長 Principal" does.)
        if (opened && holder[2] && this.open?.role.line === no) this.open.role.name += ` ${holder[2].trim()}`;
        return opened;
      }
      // ("1、总监票人：周德明（村务监督委员会主任）" over "负责选举大会…": the first of an election's or an event's posts, named
      // for what its holder does, the people who hold it after the colon; the posts after it follow its number.)
      if (holder && marker?.style.kind === "item" && marker.ordinal === 1 && !marker.path && DOER.test(holder[1]!) && !(this.open && this.continuesList(marker))) {
        const below = this.peek();
        if (below && (below.marker ? below.marker.style.kind !== "part" && !sameKey(below.marker, marker) && below.marker.ordinal === 1 : startsLikeDuty(below.text))) {
          this.startRole(holder[1]!, text, no, marker);
          return true;
        }
      }
      // ("8、流动票箱工作人员：由选举委员会指定3人", "9、会场登记员：村会计 马丽" after the posts 1 to 7: the next post, a
      // note on who holds it after the colon.)
      if (sep === 2 && marker && rest.length <= 40 && this.followsHeading(marker)) {
        const colon = rest.search(/[:：]/u);
        const name = rest.slice(0, colon).trim();
        const note = rest.slice(colon + 1).trim();
        const below = this.peek();
        if (colon >= 2 && note.length <= 20 && !/[，,；;。！!？?]/u.test(note) && (isPositionName(name) || DOER.test(name)) && below && !(below.marker && sameKey(below.marker, marker))) {
          this.startRole(name, text, no, marker);
          return true;
        }
      }
      const post = rest.length <= 20 || (rest.length <= 28 && rest.includes("（兼")) || (rest.length <= 40 && rest.includes("  ")) ? beforePerson(rest) : null;
      const after = rest.slice(post?.length ?? 0).trim();
      if (post && isPositionName(post) && (!isPositionName(after) || PROFESSIONAL_TITLE.test(after))) return this.roleAt(text, marker, post, no);
      // "一、王桂芳  村党支部委员、村委会委员（妇女主任）": or the person first, then the posts.
      const posts = marker && rest.length <= 40 ? afterPerson(rest) : null;
      if (posts && isPositionName(posts)) return this.roleAt(text, marker, posts, no);
      return this.roleAt(text, marker, rest, no);
    }
    const opened = this.roleAt(text, marker, rest.slice(0, -note.length).trimEnd(), no);
    // (Not the person in charge: "■ 店长（负责人：许曼）" names the post 店长; but the post in charge is a part of the
    // name as written: "4.4  灭火行动组（组长：保卫科科长）".)
    const inCharge = PERSON_NOTE.exec(note)?.[1];
    // (Nor a recruitment's facts on the post: "理化检验岗（岗位代码：WJ2401，专业技术岗位，招聘1人）".)
    if (opened && this.open?.role.line === no && this.open.role.heading === text && (!inCharge || isPositionName(inCharge)) && withoutHeadcount(rest) === rest) this.open.role.name += note;
    return opened;
  }

  /** A numbered post's heading, its summary after the colon, over its list ("檢測人員：依標準方法執行檢測…。"): read so. */
  private postWithSummary(text: string, rest: string, marker: Marker, no: number): boolean {
    const colon = rest.length > 8 ? rest.slice(0, 18).search(/[:：]/u) : -1;
    if (colon < 2) return false;
    const name = rest.slice(0, colon).trim();
    const after = rest.slice(colon + 1).trim();
    if (after.length < 6 || matchMarker(after) || !isPositionName(name) || !this.numberedListAhead()) return false;
    this.startRole(name, text, no, marker);
    this.open!.summary.push({ no, text: after });
    return true;
  }

  /** Whether an unnumbered "post：holder" line heads a post: the next line opens its list, and its label is no form's field. */
  private unnumberedHolder(rest: string): boolean {
    const label = rest.slice(0, rest.search(/[:：]/u));
    // (Not a note under a post's heading, "■ 美容师" over "本组负责人：王婷（美容主管）".)
    const role = this.open?.role;
    if (role && role.duties.length === 0 && role.blocks.length === 0) return false;
    return label.length >= 2 && !/^[本该該各]/u.test(label) && fieldKind(label) === null && !isStaffingLabel(label) && this.opensList(this.at + 1, null);
  }

  /**
   * "副主任委員：教務主任、學務主任、總務主任、輔導主任" over a sentence of its duty: a committee's post, then the posts whose
   * holders fill it (as HOLDER_AFTER_COLON matches it: the post first), or null.
   */
  private postsHolding(rest: string): [string, string] | null {
    const colon = rest.search(/[:：]/u);
    const after = rest.slice(colon + 1).trim();
    // ("（一）总指挥：商场总经理 何振东": the post the holder has, then the holder's name.)
    const value = beforePerson(after) ?? after;
    if (colon < 2 || value.length < 2 || value.length > 40) return null;
    // (Or a group, then its staff on the line: "（六）典禮組：組長：訓育組長　　組員：各處室幹事".)
    if (!isPositionName(value) && !(isDepartmentName(rest.slice(0, colon)) && isStaffingLabel(formField(value)?.label ?? ""))) return null;
    return [rest, rest.slice(0, colon)];
  }

  /**
   * The post of "会长｜陈思远" (a post, a bar, the people who hold it): a post by its words, or any short name after
   * posts so written ("财务｜孙浩然"); null for any other line.
   */
  private barredRole(rest: string): string | null {
    const name = barredPost(rest);
    if (!name) return null;
    return isPositionName(name) || (isHeadingLike(name) && this.currentSection().roles.some((r) => r.heading.includes("｜"))) ? name : null;
  }

  /** A note in brackets after a post's name, unnumbered, over a list: "主播（签约主播，含退役选手转型）" (the note, as a match), or null. */
  private postNote(rest: string): RegExpExecArray | null {
    const m = rest.length <= 40 ? POST_NOTE.exec(rest) : null;
    return m && m.index >= 2 && isPositionName(rest.slice(0, m.index)) && this.opensList(this.at + 1, null) ? m : null;
  }

  private personPosts(text: string, no: number, offset: number): boolean {
    // (The post alone before its duty starts a sheet only: under a post, "仓管员：负责…" is read as a heading is.)
    const read = personAndPosts(text, this.roleCount === 0);
    if (!read) return false;
    const { posts, head } = read;
    this.startRole(posts, text.slice(0, head).replace(/[:：]\s*$/u, ""), no, null);
    const rest = text.slice(head);
    if (!rest.trim()) return true;
    const marker = matchMarker(rest);
    if (marker) this.lineRest(rest, marker, no, offset + head);
    else this.paragraph(this.open!.role.duties, rest, no, offset + head);
    return true;
  }

  /** An unnumbered paragraph that starts a duty of its own at the end of `list`. */
  private paragraph(list: Duty[], text: string, no: number, offset: number): void {
    const duty = newDuty(null, "", no);
    list.push(duty);
    this.stack.push({ duty, key: "paragraph", marker: null, lastText: "", indent: offset === 0 ? this.lineIndent(no) : undefined });
    this.fill(text, no, offset);
  }

  /** "總務主任　　1.綜理…": the row of a table of posts aligned with spaces, read as the post's heading and its first item. */
  private alignedRow(text: string, no: number, offset: number): boolean {
    const row = ALIGNED_ROW.exec(text);
    if (!row || !isPositionName(row[1]!)) return false;
    const after = text.slice(row[0].length);
    const first = matchMarker(after);
    if (first?.style.kind !== "item" || first.ordinal !== 1) return false;
    this.startRole(row[1]!, row[0].trim(), no, null);
    this.lineRest(after, first, no, offset + row[0].length);
    return true;
  }

  /**
   * "（一）办公室。负责机关日常运转…", "一、庭長：綜理各該庭事務…": an item of a list of units or posts, each with its
   * duties on its line after a full stop or a colon: a role of its own, the rest its duty. Only outside any other
   * role (a duty list's items may start with a label: "1、招聘管理：负责…"), and from its first item only when the
   * next item is one too.
   */
  private listedUnit(text: string, marker: Marker | null, rest: string, no: number, offset: number): boolean {
    if (marker?.style.kind !== "item" || marker.path || (this.open && !this.open.listed && !this.followsHeading(marker))) return false;
    const m = LISTED_UNIT.exec(rest);
    if (!m) return false;
    const name = m[1]!;
    const after = rest.slice(m[0].length);
    const bare = closesBracket(name) ? name.slice(0, Math.max(name.indexOf("（"), name.indexOf("("))) : name;
    const known = isDepartmentName(bare) || isPositionName(bare);
    if (!(this.open?.listed || known)) return false;
    // "（一）財務組：１．各項收入之點收…２．支出憑證之審核。": its list on its line.
    const first = matchMarker(after);
    if (startsUnitDuties(after) || (first?.ordinal === 1 && first.style.kind === "item")) {
      if (!this.open?.listed && !(this.open && this.followsHeading(marker)) && !this.nextUnit(marker)) return false;
      this.startRole(name, text.slice(0, marker.length + m[0].length).trimEnd(), no, marker);
      this.open!.listed = true;
      this.open!.described = true;
      this.lineRest(after, first, no, offset + text.length - after.length);
      return true;
    }
    // "一、稽核室：隸屬於董事會，負責下列事項：" over its list, "四、管理部：下設人資課及總務課，職掌如下：" over its units.
    if (!known || !/[:：]$/u.test(after) || (this.open && !this.followsHeading(marker))) return false;
    const next = this.peek()?.marker;
    if (!next || next.style.kind !== "item" || next.ordinal !== 1 || sameKey(next, marker)) return false;
    const sub = this.peek()!.text.slice(next.length).trim();
    if (isDepartmentName(name) && (this.looksLikeRoleAt(this.at + 1) || (isHeadingLike(sub) && (isDepartmentName(sub) || isPositionName(sub))))) return this.headsRoles(name, marker, no, text);
    this.startRole(name, text, no, marker);
    return true;
  }

  /** Whether the next item of the numbering of "一、校長：綜理校務…" is another unit or post: shaped so, or a heading. */
  private nextUnit(marker: Marker): boolean {
    // (The next numbered line: this one may wrap onto a few lines, as a bureau's offices' paragraphs do.)
    let k = this.at + 1;
    while (k < this.at + 7 && k < this.content.length && !this.content[k]!.marker) k++;
    const next = this.content[k];
    const nextRest = next?.marker && sameKey(next.marker, marker) ? next.text.slice(next.marker.length) : "";
    if (!nextRest) return false;
    const shaped = LISTED_UNIT.exec(nextRest);
    if (shaped) return startsUnitDuties(nextRest.slice(shaped[0].length)) || /[:：]$/u.test(nextRest);
    if (isHeadingLike(nextRest) && isDepartmentName(nextRest)) return true;
    const rh = roleHeading(nextRest);
    return !!rh?.name && (isPositionName(rh.name) || isDepartmentName(rh.name)) && !startsLikeDuty(nextRest);
  }

  private roleAt(text: string, marker: Marker | null, rest: string, no: number): boolean {
    // ("（一）家居保洁" under "乙方（住家保姆）岗位职责", "（二）烹饪" after it: the groups of the post's duties, though 保洁
    // names a post too.)
    // (Cheap tests first: a group's title is short.)
    if (marker?.style.kind === "item" && marker.ordinal === 1 && rest.length <= 12 && this.open && this.open.role.duties.length === 0 && !this.open.block && !roleHeading(rest)?.explicit && this.groupsOfDuties(marker)) return false;
    // ("一、顧客接待" right under "第五條　助理職責如下：": the first item of the article's list, though 接待 names posts too.)
    // (But a post over a list of its own is a post: "第八条 …其工作人员职责如下：" over "1．监控室值班员" and "（1）…".)
    if (marker?.style.kind === "item" && marker.ordinal === 1 && this.open?.viaArticle && this.open.role.duties.length === 0 && !this.open.block && !roleHeading(rest)?.explicit && this.peek() !== null && !this.peek()!.marker) return false;
    if (!marker && text.charCodeAt(0) === 0x3010) {
      // "【迎宾】" after a blank line, the open post's heading "【店长】" too: the next post, whatever its name.
      // (Or after a chat's header that ended it: "店長-小雅 09:20" then "【出杯打包】" over its list.)
      const enclosed = ENCLOSED_POST.test(text);
      const last = !enclosed ? undefined : this.open?.role ?? (this.roleCount > 0 && this.opensList(this.at + 1, null) ? this.currentSection().roles.at(-1) : undefined);
      if (enclosed && last && (last.duties.length > 0 || (this.open?.summary.length ?? 0) > 0) && last.heading.startsWith("【") && this.afterGap()) {
        this.startRole(cleanName(text), text, no, null);
        return true;
      }
      // "【项目主管】暂由阿杰担任", "【宣传】晓雯+大刘" over a list: the post, then a note on who holds it.
      const noted = NOTED_POST.exec(text);
      // ("【店长】王磊" over a sentence on the post, then its list: the post and its holder, whatever follows.)
      if (noted && isPositionName(noted[1]!.trim()) && heldByPeople(noted[2]!.trim())) {
        this.startRole(noted[1]!.trim(), text, no, null);
        return true;
      }
      // (Not a brand or branch before the post: "【○○燒肉 信義店】外場服務人員".)
      if (noted && !startsLikeDuty(noted[2]!) && !blockHeading(noted[1]!) && !roleHeading(text)?.explicit && !isPositionName(noted[2]!) && this.opensList(this.at + 1, null) && this.peek()?.marker) {
        // ("【店長職責】小雅": the post without its role words.)
        this.startRole(roleHeading(noted[1]!.trim())?.name || noted[1]!.trim(), text, no, null);
        return true;
      }
    }
    // "销售经理岗位职责（续）", "一、工程主管（續）" over the next page: the open role goes on, its list too.
    if (this.open && rest.length <= 40 && closesBracket(rest) && CONTINUED.test(rest) && this.open.role.name === (roleHeading(rest)?.name ?? rest).replace(CONTINUED, "")) {
      this.ignored.push({ line: no, text, reason: "heading" });
      return true;
    }
    // "一、部门职能" over a list: the department's own duties, a role named after it.
    // (Over a paragraph alone, "负责公司开发项目的施工管理…。" then "（二）工程部经理岗位职责", it describes the department: no role.)
    if (marker && DEPARTMENT_FUNCTIONS.test(rest) && this.opensList(this.at + 1, marker)) {
      if (this.nextInPart()?.marker !== null || !this.content[this.at + 2]?.marker || !this.nextHeadingAfter(this.at + 1, marker)) {
        this.startRole(rest.includes("部門") ? "部門" : "部门", text, no, marker);
        return true;
      }
      this.ignored.push({ line: no, text, reason: "department" });
      this.setNextAside("department");
      this.rememberHeading(marker);
      return true;
    }
    // "三、人事及會計" after the departments "一、主任室" and "二、戶籍登記課", over a post's form ("職稱：人事管理員"): the
    // next department, whatever its name.
    // (Or over "（一）民政专干", the first of its posts numbered as the posts before were.)
    const below = this.peek();
    // "一、行政管理岗位" right over "职务：校长", a post's form: a group of posts, whatever its words.
    // (Not the next item of an open list: "3、输出版本测试报告" before the next row of a table of posts.)
    if (marker?.style.kind === "item" && !marker.path && below && rest.length <= 16 && colonOrSpaceBefore(below.text, 11) && roleField(below.text) && isHeadingLike(rest) && !startsLikeDuty(rest) && !isPositionName(rest) && !this.expects(marker)) {
      return this.headsRoles(cleanName(rest), marker, no, text);
    }
    // "三、委员分工", "四、下属委员会职责" over "（一）人民调解委员会": the heading of the members or the units below, though
    // it names them. (So is "七、领导班子成员分工" over "党委书记　张建华：主持…", a division of work.)
    if (marker?.style.kind === "item" && below && rest.length <= 12 && GROUP_OF_POSTS.test(withoutRoleWords(rest))
      && (below.marker?.style.kind === "item" ? !sameKey(below.marker, marker) && this.looksLikeRoleAt(this.at + 1) : !below.marker && !!personAndPosts(below.text))) {
      return this.headsRoles(null, marker, no, text);
    }
    // "一、卫生管理岗位" over "1）劳动委员　张晨" and its list: a group of posts, their department.
    if (marker?.style.kind === "item" && !marker.path && below?.marker?.style.kind === "item" && below.marker.ordinal === 1 && !sameKey(below.marker, marker) && rest.length <= 12 && /.{2}(?:岗位|崗位)$/u.test(rest.trim()) && isHeadingLike(rest.trim()) && this.looksLikeRoleAt(this.at + 1)) {
      return this.headsRoles(rest.trim(), marker, no, text);
    }
    // "六、事业站所" over "（一）党群服务中心：负责…" and more such: the heading of the units listed below.
    if (marker?.style.kind === "item" && !marker.path && below?.marker?.style.kind === "item" && below.marker.ordinal === 1 && !sameKey(below.marker, marker) && rest.length <= 10 && isHeadingLike(rest) && !startsLikeDuty(rest)
      && this.unitWithDutiesAt(this.at + 1) && this.unitWithDutiesAt(this.nextMarkedAt(this.at + 1))) {
      return this.headsRoles(null, marker, no, text);
    }
    // (Not a post named with its role words: "二、值日生职责" after "一、卫生管理岗位" over its posts.)
    if (marker?.style.kind === "item" && this.departmentKeys.has(styleKey(marker)) && this.followsHeading(marker) && isHeadingLike(rest) && below && !this.namedPost(rest) && !this.dutyGroupsBelow(rest)
      && (formField(below.text)?.kind === "role" || (below.marker?.style.kind === "item" && below.marker.ordinal === 1 && styleKey(below.marker) !== styleKey(marker) && this.roleMarkers.has(styleKey(below.marker))))) {
      return this.headsRoles(cleanName(rest), marker, no, text);
    }
    // "Ⅳ. 指定人員 (Designated Person Ashore)" after the departments Ⅰ. to Ⅲ., over a sentence and a list of its own: a
    // post numbered as the departments are, under none of them.
    if (marker?.style.kind === "item" && !marker.path && this.departmentKeys.has(styleKey(marker)) && this.followsHeading(marker) && !isDepartmentName(withoutEnglishName(rest)) && isHeadingLike(withoutEnglishName(rest)) && !startsLikeDuty(rest) && !this.looksLikeRoleAt(this.at + 1) && this.opensList(this.at + 1, marker)) {
      this.closeRole(true);
      this.department = null;
      this.startRole(roleHeading(rest)?.name || cleanName(rest), text, no, marker);
      return true;
    }
    // "一、值长" over "岗位职责：" under "运行部岗位职责" and its description: the department's first post.
    if (marker?.style.kind === "item" && marker.ordinal === 1 && this.open && this.open.role.duties.length === 0 && !this.open.marker && isDepartmentName(this.open.role.name) && (isPositionName(rest) || (rest.length <= 8 && isHeadingLike(rest))) && blockHeading(this.peek()?.text ?? "")?.kind === "duties") {
      this.startRole(cleanName(rest), text, no, marker);
      return true;
    }
    // "二、出纳" after the role "一、会计" and its list: the next heading of the roles' own numbering.
    if (marker?.style.kind === "item" && this.nextRoleHeading(marker, rest)) {
      const rh = roleHeading(rest);
      // ("四、仓库" over "（一）仓库主管岗位职责" after "三、品质部" and its roles: the next unit, whose name has no 部.)
      const sub = this.peek()?.marker;
      // (Or over an unnumbered post's heading: "五、仓库" over "仓管员岗位职责：".)
      const below = this.peek();
      const under = !sub && below ? roleHeading(below.text) : null;
      const over = (sub ? !sameKey(sub, marker) && sub.style.kind !== "part" && !this.dutyGroupsBelow(rest) : !!under?.explicit && isPositionName(under.name)) && this.looksLikeRoleAt(this.at + 1);
      if (over && !rh?.explicit) return this.headsRoles(cleanName(rest), marker, no, text);
      // ("二、支部委员分工及职责" right over "（一）党支部书记" and its list: a heading over the posts, no post.)
      if (over && sub!.style.kind === "item" && !isPositionName(rh!.name)) return this.headsRoles(null, marker, no, text);
      this.startRole(rh?.name || withoutHeadcount(withoutMentions(rest)), text, no, marker);
      return true;
    }
    // A bullet is an item, unless what follows it says it is a role's heading ("◆ 客服专员岗位职责").
    if (marker?.style.kind === "bullet") {
      // (A heading is short: the rest of a long line of glued bullets, read piece by piece, is not searched whole.)
      if (rest.length > 120 || endsSentence(rest) || SENTENCE_END.test(rest)) return false;
      const rh = roleHeading(rest);
      if (rh?.explicit && rh.name) {
        this.startRole(rh.name, text, no, null);
        return true;
      }
      // "● 销售经理" over a numbered list, "■ 销售部" over such roles: the bullet only dresses the heading, which
      // is read as one without it (and must open a list or a role, as an unmarked heading must).
      if (!rh && !isDepartmentName(rest)) return false;
      // (Not a Markdown list's first item right under a post's heading: "### 3.1 外线组长" over "- 统一调度外线人员".)
      if (this.open && this.open.level != null && this.open.role.duties.length === 0 && !this.open.block && this.content[this.at]?.depth !== undefined && this.content[this.at]!.heading === undefined) return false;
      // Not when the items it would open wear the same bullet, nor under an item that announces a list ("管理下属：").
      const next = this.peek()?.marker;
      if (next?.style.kind === "bullet" && next.marker === marker.marker) return false;
      const top = this.stack[this.stack.length - 1];
      if (top && /[:：]$/u.test(top.lastText)) return false;
      const opened = this.roleAt(text, null, rest, no);
      // (Its bullet, at its depth: "- **生产部**：负责…" after it is the next unit, its duty after the colon.)
      if (opened && this.open?.role.line === no) this.open.bullet = { marker: marker.marker, depth: this.content[this.at]?.depth ?? this.content[this.at]?.indent ?? 0 };
      return opened;
    }
    // Sentence punctuation: no role heading, department or sibling heading holds it (roleHeading,
    // isDepartmentName and isHeadingLike each refuse it); most duty lines end so.
    // (But for a posting's first sentence that names its post over the list: "作为销售助理，你需要…。具体来说：".)
    if (endsSentence(rest) || SENTENCE_END.test(rest)) {
      const as = !marker && !this.open && (rest.charCodeAt(0) === 0x4f5c) ? roleHeading(rest) : null;
      if (!as?.explicit || !as.name || !this.peek()?.marker) return false;
      this.startRole(as.name, text, no, null);
      return true;
    }
    const rh = roleHeading(rest);
    // "三、总指挥、副总指挥职责" over "总指挥：全面负责…" and "副总指挥：协助…": a heading over the posts, each on its line.
    const firstPost = rh?.explicit && rh.name.includes("、") ? rh.name.slice(0, rh.name.indexOf("、")) : "";
    if (firstPost.length >= 2 && /^[:：]/u.test(this.peek()?.text.slice(firstPost.length) ?? "") && this.peek()!.text.startsWith(firstPost)) {
      this.closeRole(true);
      this.ignored.push({ line: no, text, reason: "heading" });
      return true;
    }
    // "日常职责：", "周期性职责：" under a role: a kind of its duties, no post.
    if (rh && this.open && DUTY_CATEGORY.test(rh.name)) return false;
    // ("· 每月检查，发现过期、破损、" then "  霉变等问题及时下架并报店长" over the next bullet: the item's line goes on, though
    // it ends as a post's name does.)
    if (!marker && !rh?.explicit && this.stack.length && !this.afterGap() && ENDS_WITH_COMMA.test(this.stack[this.stack.length - 1]!.lastText)) return false;
    // ("3.3 病区" over "3.3.1 病区护士长" after "3.1 护理部" and "3.2 门诊部": the next department, by its number's depth.)
    const deptLike = !rh && (isDepartmentName(rest) || (marker?.style.kind === "item" && isBureauName(rest)) || (!!marker?.path && marker.path.length === this.departmentDepth && rest.length <= 12 && isHeadingLike(rest) && !startsLikeDuty(rest) && this.looksLikeRoleAt(this.at + 1)));
    if (!rh && !deptLike) {
      // ("（一）海运操作" over "岗位概述：…": a post, its form below.)
      if (marker?.style.kind === "item" && this.formBelow(rest, this.at + 1)) return this.startRole(cleanName(rest), text, no, marker), true;
      if (!this.isSiblingHeading(marker, rest) && !this.headsRolesList(marker, rest)) return false;
      this.startRole(rest.replace(/[:：]$/u, ""), text, no, marker);
      return true;
    }
    // A department's description ("部门职能：负责…") may come between its heading and its first role.
    let after = this.at + 1;
    if (deptLike || (rh && isDepartmentName(rh.name))) {
      const name = rh ? rh.name : cleanName(rest.replace(/[:：]$/u, ""));
      while (after < this.content.length && (describesDepartment(this.content[after]!.text, name) || TABLE_PREAMBLE.test(this.content[after]!.text))) after++;
    }
    const nextIsRole = this.looksLikeRoleAt(after);

    // (Not the next item of the open list: "（三）安全生产职责" after "（一）业务工作职责" and "（二）党风廉政建设职责".)
    if (rh?.explicit && rh.name === "") return marker && this.open && isPositionName(this.open.role.name) && this.continuesList(marker) ? false : (this.heading(text, no), true);
    // ("二、值班职责" right over "（一）值班经理 王磊/陈思远/刘洋（轮值）": the duties of the posts below, no post itself.)
    if (rh?.explicit && marker?.style.kind === "item" && !isPositionName(rh.name) && !isDepartmentName(rh.name) && nextIsRole && after === this.at + 1 && this.peek()?.marker?.style.kind === "item" && this.peek()!.marker!.ordinal === 1 && !sameKey(this.peek()!.marker!, marker)) return this.headsRoles(null, marker, no, text);
    // "销售经理主要职责如下：" under "销售经理岗位职责", before any duty: the heading restated, the start of its summary.
    // (So is "文物保護處具下列職權：" under the article titled "文物保護處".)
    if (rh && this.open?.role.name === rh.name && this.open.role.duties.length === 0 && !this.open.block && ((!marker && INTRODUCES_LIST.test(rest)) || (this.open.viaArticle && /[:：]$/u.test(rest)))) return false;
    // ("二、環境部" over a role after the duties 一、二、 of a role under "一、工程部": the next department, not item 二 again.)
    const nextDepartment = !!marker && deptLike && nextIsRole && this.followsHeading(marker);
    // (Not "2、副校长职责" over "1、协助…" after the duties 1、2、 of "1、校长职责": the posts and their duties numbered alike,
    // the list restarting under the next post.)
    const restarts = !!marker && !!rh?.name && (rh.explicit || isPositionName(rh.name)) && this.peek()?.marker?.ordinal === 1 && styleKey(this.peek()!.marker!) === styleKey(marker!) && this.open?.marker != null && styleKey(this.open.marker) === styleKey(marker!);
    // (Nor "（二）總務採購：" after the group "（一）人事行政：" and its items: the next group, though 採購 ends as a post does.)
    // (Nor "② 采购：" over "a. 面粉…下单" after "① 管排班、考勤，每周日晚上出下周班表": the list's items are duties, not posts.)
    if (marker && !nextDepartment && !restarts && this.continuesList(marker) && !(rh && (isPositionName(rh.name) || isDepartmentName(rh.name)) && this.opensList(this.at + 1, marker) && !this.nextGroup(marker, rest) && !(!rh.explicit && !this.followsHeading(marker) && this.listOfDuties(marker)))) return false;
    // ("一、個案督導（權重40%）" over "1.…" right under a post's "工作項目：": the first group of its list, no post.)
    if (marker && !rh?.explicit && this.open?.underDutiesHeading && this.open.role.duties.length === 0 && !this.open.block) return false;
    // ("（一）人民调解委员会" over a paragraph, then "（二）公共卫生委员会": a unit and its duties in a sentence or two.)
    const unitParagraph = deptLike && !!marker && (this.unitParagraphAt(this.at + 1, marker) || this.dutiesLabelAt(this.at + 1));
    // ("（三）区县分公司" after the units "（一）…" and "（二）…", over "区县分公司是…，主要职责如下：": the next unit, its own
    // name starting the paragraph below.)
    const namedBelow = deptLike && !!marker && !unitParagraph && this.followsHeading(marker) && rest.length >= 3 && this.peek()?.marker === null && this.peek()!.text.startsWith(cleanName(rest));
    if (!rh?.explicit && !restarts && !this.opensList(this.at + 1, marker) && !nextIsRole && !unitParagraph && !namedBelow) return false;

    if (nextIsRole && (deptLike || (rh && isDepartmentName(rh.name)))) {
      if (deptLike || marker || !rh!.explicit) return this.headsRoles(rh ? rh.name : cleanName(rest.replace(/[:：]$/u, "")), marker, no, text);
      this.heading(text, no);
      return true;
    }
    if (deptLike && !this.opensList(this.at + 1, marker) && !unitParagraph && !namedBelow) return false;
    this.startRole(rh ? rh.name : cleanName(rest.replace(/[:：]$/u, "")), text, no, marker);
    // (Its paragraph is its duty, as a unit's duty after its name is.)
    if (unitParagraph && !this.opensList(this.at + 1, marker)) this.open!.described = true;
    return true;
  }

  /** Whether "（二）總務採購：" follows an item of its style that ends with a colon as it does ("（一）人事行政："): a group of the list. */
  private nextGroup(marker: Marker, rest: string): boolean {
    if (!/[:：]$/u.test(rest)) return false;
    const key = styleKey(marker);
    const frame = this.stack.find((f) => f.key === key);
    return !!frame && /[:：]$/u.test(frame.duty.text) && frame.duty.children.length > 0;
  }

  /**
   * A heading shaped like the open role's own ("（二）總機兼收發" after
   * "（一）總務主任", "大堂副理" after "前厅部经理") whose list is shaped like
   * that role's list: a role, even when its name has no position word.
   */
  /**
   * Whether "一、业务/接单" heads the first of roles numbered in their own list, though its name is no post the
   * parser knows: outside any role, a short name over a list of another style, and item 二 further on the same.
   */
  private headsRolesList(marker: Marker | null, rest: string): boolean {
    // (A note in brackets after the name may hold a time: "一、早班分拣（5:30到岗）".)
    if (marker?.style.kind !== "item" || marker.ordinal !== 1 || marker.path || !isHeadingLike(withoutNote(rest)) || startsLikeDuty(rest)) return false;
    // (Under an open role, "一、思想教育" over its list is a group of the role's duties.)
    if (this.open || !this.listOfOtherStyle(this.at + 1, marker)) return false;
    const key = styleKey(marker);
    for (let k = this.at + 2; k < Math.min(this.at + 80, this.content.length); k++) {
      const m = this.content[k]!.marker;
      if (!m || m.style.kind === "part") {
        if (m) return false;
        continue;
      }
      if (styleKey(m) !== key) continue;
      if (m.ordinal !== 2) return false;
      const name = this.content[k]!.text.slice(m.length).trim();
      return isHeadingLike(withoutNote(name)) && !startsLikeDuty(name) && this.listOfOtherStyle(k + 1, m);
    }
    return false;
  }

  /**
   * Under a titled duty ("职责一：行政事务管理"), a state-owned company's 说明书 describes it ("职责描述：统筹…",
   * a paragraph under it, its label left out) and then labels its tasks ("工作任务：", set aside; the items after
   * it, on its line or under it, go under the titled duty). False for any other line.
   */
  private underNamedDuty(rest: string, no: number, offset: number): boolean {
    const m = NAMED_DUTY_PART.exec(rest);
    const at = m ? findLastIndex(this.stack, (f) => f.marker?.style.id === "duty-named") : -1;
    if (at < 0) return false;
    this.stack.length = at + 1;
    const after = rest.slice(m![0].length);
    const marker = after ? matchMarker(after) : null;
    if (!after) this.ignored.push({ line: no, text: rest, reason: "heading" });
    else if (m![1]) this.noteUnderItem(after, no, offset + m![0].length);
    else if (!marker && m![0].includes("\t")) {
      // ("⇥工作任务⇥制定客服排班…": the first task in the cell beside the label, and the next ones a cell each below.)
      this.noteUnderItem(after, no, offset + m![0].length);
      this.taskCells = true;
    } else this.lineRest(after, marker, no, offset + m![0].length);
    return true;
  }

  /** Whether the line at `index` starts a numbered list (at 1) of a style other than the heading's, or of its numerals with another separator ("1、服务顾问" over "1.负责…"). */
  private listOfOtherStyle(index: number, heading: Marker): boolean {
    const m = this.content[index]?.marker;
    return !!m && m.style.kind === "item" && m.ordinal === 1 && (!sameKey(m, heading) || separatorOf(m) !== separatorOf(heading));
  }

  private isSiblingHeading(marker: Marker | null, rest: string): boolean {
    const open = this.open;
    // (A name glossed in English is read by its Chinese: "1.2 海務監督 (Marine Superintendent)".)
    if (!open || open.viaArticle || open.role.duties.length === 0 || !isHeadingLike(rest.length > 16 ? withoutEnglishName(rest) : rest)) return false;
    if (!!marker !== !!open.marker) return false;
    if (marker && (!sameKey(marker, open.marker!) || marker.ordinal! <= open.marker!.ordinal! || this.continuesList(marker))) return false;
    if (!marker && (open.role.heading !== open.role.name || open.role.fields.length > 0)) return false;
    const first = open.role.duties.find((d) => d.style)?.style;
    const next = this.content.slice(this.at + 1, this.at + 4).find((l) => l.marker)?.marker;
    return !!first && !!next && next.style.id === first && next.ordinal === 1 && this.opensList(this.at + 1, marker);
  }

  /**
   * "销售经理岗位职责：1、负责…；2、负责…": a role heading with its list on the
   * same line; or "仓管员：负责收货、入库…", a position with its duties written
   * as sentences after the colon.
   */
  private roleWithItems(text: string, no: number, offset: number, numbered: Marker | null = null): boolean {
    let colon = text.search(/[:：]/u);
    // (Or a space before the first item: "区域经理岗位职责 1、…  2、…", when item 2 follows on the line; or nothing,
    // right after the role words: "生产部经理岗位职责1、全面负责…；2、…", as a copy that lost its line ends has it.)
    const glued = colon < 0 ? gluedItemAt(text) : -1;
    const item = colon < 0 ? (glued > 0 ? glued : firstItemAt(text, 42, true)) : -1;
    const spaced = item > 0;
    let restStart = colon + 1;
    if (spaced) {
      colon = glued > 0 ? item : item - 1;
      restStart = item;
    }
    if (colon < 2 || colon > 40) return false;
    const rest = text.slice(restStart).trimStart();
    const marker = matchMarker(rest);
    // ("二、輔導室：辦理…" after the role "一、教務處：": a unit's name, numbered as the roles are.)
    const head = text.slice(0, colon);
    // ("3.3 各部门：⑴负责本部门…⑵…": every department, in a procedure's 职责 clause, a unit of its own.)
    // (Or a post and the people who hold it, "5、发票人（吴小军、郑海燕）：核对…", after the posts 1 to 4.)
    const post = numbered ? beforePeople(head) : null;
    let rh: { name: string; explicit: boolean } | null = roleHeading(head) ?? (numbered && (isDepartmentName(head) || EVERY_UNIT.test(head)) ? { name: cleanName(head), explicit: false } : null)
      ?? (post && (isPositionName(post) || DOER.test(post)) ? { name: post, explicit: false } : null);
    // (Or any short name numbered next after a post so written: "2. 攝影：拍攝比賽花絮…" after "1. 司儀：負責…".)
    const sibling = !rh && !!numbered && head.length <= 6 && isHeadingLike(head) && this.followsHeading(numbered) && !!this.open?.described;
    if (sibling) rh = { name: head, explicit: false };
    if (!rh?.name) return false;
    // ("跟焦员 ①拍摄前…；②拍摄中…": or a post the words name, its items glued after a space.)
    // (Or a numbered unit, its items glued after the colon: "3.3 各部门：⑴负责…；⑵配合…".)
    const twoAfter = !!marker && !!nextMarkerPattern(marker.style, 1, marker)?.test(rest.slice(marker.length));
    const named = rh.explicit || (spaced && isPositionName(rh.name)) || (!!numbered && !spaced && twoAfter);
    if (spaced && !(named && twoAfter)) return false;
    const listed = named && marker?.ordinal === 1;
    // (Numbered, "二、法官：依法…" is one of a list of units or posts: listedUnit reads those.)
    const described = !marker && rest.length >= 4 && (rh.explicit || sibling || startsLikeDuty(rest) || (!numbered && UNIT_VERB.test(rest)));
    if (!listed && !described) return false;
    this.startRole(rh.name, (numbered ? numbered.marker : "") + text.slice(0, spaced ? colon : colon + 1).trimEnd(), no, numbered);
    this.open!.described = described;
    this.lineRest(rest, marker, no, offset + text.length - rest.length);
    return true;
  }

  /** "- 生产部：负责…" (the bullet's text `rest`): a unit or a post named before the colon, its duty after it; false for any other line. */
  private bulletUnit(text: string, rest: string, no: number, offset: number): boolean {
    const colon = rest.slice(0, 30).search(/[:：]/u);
    if (colon < 2) return false;
    const head = rest.slice(0, colon).trim();
    const name = head.replace(/[（(][^（）()]{1,16}[)）]$/u, "");
    const duty = rest.slice(colon + 1).trimStart();
    if (!duty || matchMarker(duty) || !(isDepartmentName(name) || isPositionName(name)) || !isHeadingLike(head)) return false;
    const bullet = this.open?.bullet;
    this.startRole(cleanName(head), this.content[this.at]?.source ?? text, no, null);
    this.open!.bullet = bullet;
    // ("★副班长：陈思远" over its list: the holder's name after the colon, no duty.)
    if (!heldByPeople(duty)) this.paragraphBeside(0, "paragraph", duty, no, offset + rest.length - duty.length);
    return true;
  }

  /**
   * Whether the line being read is a note under the open item: indented
   * under it, or followed (past more such notes, "工作标准：…" then "考核：…")
   * by the list's next item.
   */
  private listGoesOn(): boolean {
    const item = this.stack.findLast((f) => f.key !== "paragraph");
    if (item?.indent !== undefined && (this.content[this.at]?.indent ?? 0) > item.indent) return true;
    for (let k = this.at + 1; k < this.content.length && k <= this.at + 4; k++) {
      const l = this.content[k]!;
      if (l.marker) return l.marker.style.kind === "item" && this.expects(l.marker);
      if (!blockHeading(l.text)?.rest) return false;
    }
    return false;
  }

  /** A line under the open item, as its child paragraph (after the notes already under it). */
  private noteUnderItem(text: string, no: number, offset: number): void {
    while (this.stack.length > 1 && this.stack[this.stack.length - 1]!.key === "paragraph") this.stack.pop();
    const duty = newDuty(null, "", no);
    this.stack[this.stack.length - 1]!.duty.children.push(duty);
    this.stack.push({ duty, key: "paragraph", marker: null, lastText: "" });
    this.fill(text, no, offset);
  }

  /**
   * Whether a numbered line is the next heading in the numbering of the
   * section's role headings ("二、出纳" after "一、会计", "二、綠化工" after
   * "一、保安" and its "（一）保安員"): short, no sentence, and not while the
   * open role numbers its own duties in that style.
   */
  private nextRoleHeading(marker: Marker, text: string): boolean {
    // (A post glossed in English is read by its Chinese: "4) 維修技工 Maintenance Technician".)
    const rest = withoutEnglishName(text);
    if (!this.followsHeading(marker) || !isHeadingLike(rest) || isDepartmentName(roleHeading(rest)?.name || rest)) return false;
    const open = this.open;
    const key = styleKey(marker);
    // ("2、维修技师" after "1、服务顾问" and its list "1.…2.…": the same numerals, told apart by their separator.)
    return !open || (!open.viaArticle && !this.stack.some((f) => f.key === key && (!open.marker || !sameKey(open.marker, marker) || separatorOf(f.marker) === separatorOf(marker))));
  }

  /** Remembers the number of a role's or a department's heading (see followsHeading). */
  private rememberHeading(marker: Marker | null): void {
    // (Not dotted numbers, which carry their own depth: "8.2" after "8.1部長" is read by its path.)
    if (marker?.style.kind === "item" && marker.ordinal !== null && !marker.path) this.roleMarkers.set(styleKey(marker), marker.ordinal);
  }

  /**
   * Whether a numbered line is the next part of the outline the posts came under, and no post: "三、报名时间和方式" after
   * "二、招聘岗位、人数及岗位职责" and its posts "1.理化检验岗…", in a recruitment announcement (its lines are set aside).
   */
  private nextOutlinePart(marker: Marker, rest: string): boolean {
    const outline = this.outline;
    if (!outline || !this.open || marker.ordinal !== outline.ordinal + 1 || marker.path || styleKey(marker) !== outline.key || this.continuesList(marker)) return false;
    return rest.length <= 16 && isHeadingLike(rest) && !roleHeading(rest) && !isDepartmentName(rest) && !this.looksLikeRoleAt(this.at + 1);
  }
  /** The style and the last number of the outline's heading over the posts ("二、招聘岗位…"), for nextOutlinePart. */
  private outline: { key: string; ordinal: number } | null = null;

  /** Whether a numbered line has the next number after the last role or department heading of its style in the section. */
  private followsHeading(marker: Marker): boolean {
    return marker.style.kind === "item" && !marker.path && marker.ordinal !== null && this.roleMarkers.get(styleKey(marker)) === marker.ordinal - 1;
  }

  /**
   * "新媒体运营" over "岗位职责：…": the name of a post that no word marks as
   * one, over the label of its duties. Not under a role that has nothing yet
   * (a second line of its heading).
   */
  private namesDutiesBelow(text: string): boolean {
    const role = this.open?.role;
    if ((role && role.duties.length === 0 && role.blocks.length === 0) || !isHeadingLike(text)) return false;
    const next = this.peek();
    // (Or "职责：" with the post's list after it, "职责：1.…；2.…": the bare word titles an article when alone.)
    return !!next && !next.marker && (blockHeading(next.text)?.kind === "duties" || bareDutiesList(next.text)) && !blockHeading(text) && !roleHeading(text);
  }

  /**
   * A numbered heading over roles, no role itself: the department they are under (`department`), or a heading that
   * only groups them (null). Ends the open role and remembers the heading's number (see followsHeading).
   */
  private headsRoles(department: string | null, marker: Marker | null, no: number, text: string): true {
    this.closeRole(true);
    if (department !== null) this.department = department;
    this.rememberHeading(marker);
    if (department !== null && marker) this.departmentKeys.add(styleKey(marker));
    if (department !== null) this.departmentRank = marker && !marker.path ? marker.style.rank : null;
    if (department !== null) this.departmentDepth = marker?.path?.length ?? null;
    if (department !== null) this.ignoredAsUsed(no, text, "department");
    else this.ignored.push({ line: no, text, reason: "heading" });
    return true;
  }

  /**
   * "【会籍顾问】1.完成…2.维护…", "【团课教练】按课表准时上课…。": a post in brackets, its list or its duty on the same
   * line (as a chat pastes a wall sheet). False for any other line.
   */
  private bracketedPostWithDuties(text: string, no: number, offset: number): boolean {
    const close = text.indexOf("】");
    if (close < 3 || close > 16 || close >= text.length - 4) return false;
    const name = text.slice(1, close).trim();
    const after = text.slice(close + 1).trimStart();
    if (!isPositionName(name) || blockHeading(name)) return false;
    const first = matchMarker(after);
    const listed = first?.style.kind === "item" && first.ordinal === 1 && !!nextMarkerPattern(first.style, 1, first)?.test(after.slice(first.length));
    if (!listed && (first || !(startsLikeDuty(after) || /[。；;！!]$/u.test(after)))) return false;
    this.startRole(cleanName(name), text.slice(0, close + 1), no, null);
    const at = offset + text.length - after.length;
    if (listed) this.lineRest(after, first, no, at);
    else this.paragraphBeside(0, "paragraph", after, no, at);
    return true;
  }

  /** Whether the line at `index` is a numbered unit with its duties after a colon: "（一）党群服务中心：负责…". */
  private unitWithDutiesAt(index: number): boolean {
    const l = this.content[index];
    if (!l?.marker || l.marker.style.kind !== "item") return false;
    const rest = l.text.slice(l.marker.length);
    const m = LISTED_UNIT.exec(rest);
    if (!m) return false;
    const bare = closesBracket(m[1]!) ? m[1]!.slice(0, Math.max(m[1]!.indexOf("（"), m[1]!.indexOf("("))) : m[1]!;
    return (isDepartmentName(bare) || isPositionName(bare)) && startsUnitDuties(rest.slice(m[0].length));
  }

  /** The next numbered line after `index` (within a few lines), or -1. */
  private nextMarkedAt(index: number): number {
    for (let k = index + 1; k < this.content.length && k <= index + 6; k++) if (this.content[k]!.marker) return k;
    return -1;
  }

  /** Whether the line at `index` (past a note in brackets, "（挂党建工作办公室牌子）") labels a unit's duties: "职责：…". */
  private dutiesLabelAt(index: number): boolean {
    let l = this.content[index];
    if (l && !l.marker && l.text.charCodeAt(0) === 0xff08 && closesBracket(l.text)) l = this.content[index + 1];
    return !!l && !l.marker && (BARE_DUTIES.test(l.text) || blockHeading(l.text)?.kind === "duties");
  }

  private chapterClauseCount: number | null = null;

  /** How many lines of the sheet are a chapter's dotted clauses ("8.1 目的"): worked out once. */
  private chapterClauses(): number {
    if (this.chapterClauseCount === null) {
      let n = 0;
      for (const l of this.content) {
        if (l.marker?.style.id !== "dotted" || l.marker.path?.length !== 2) continue;
        const rest = l.text.slice(l.marker.length).trim();
        if (rest.length <= 8 && CHAPTER_CLAUSE.test(rest)) n++;
      }
      this.chapterClauseCount = n;
    }
    return this.chapterClauseCount;
  }

  /** Whether a dotted number is the one after the open role's ("3.3" after the role "3.2 安环部"). */
  private nextDottedRole(marker: Marker): boolean {
    const open = this.open?.marker;
    if (!marker.path || !open?.path || open.path.length !== marker.path.length || open.number === null || marker.number === null) return false;
    const cut = open.number.length - String(open.ordinal).length;
    return marker.ordinal === open.ordinal! + 1 && marker.number.startsWith(open.number.slice(0, cut)) && marker.number.length - String(marker.ordinal).length === cut;
  }

  /** Whether the line at `index` is a unit's one paragraph, ending its sentence, before the unit numbered next, a heading above or the end. */
  private unitParagraphAt(index: number, marker: Marker): boolean {
    // (The paragraph may wrap: "网格管理办公室设在市场部，负责…基础数据" / "维护，每月通报…。")
    let end = index;
    while (end < index + 3 && this.content[end] && !this.content[end]!.marker && !/[。；;]$/u.test(this.content[end]!.text) && this.content[end + 1]?.no === this.content[end]!.no + 1 && !this.content[end + 1]!.marker) end++;
    const body = this.content[end];
    const after = this.content[end + 1];
    // (Not a wrapped run of inline items: "（1）农村生活垃圾收运处" / "置；（2）农村户厕改造…；（3）…。")
    if (!body || body.marker || !/[。；;]$/u.test(body.text) || INLINE_ITEM.test(body.text) || (end > index && INLINE_ITEM.test(this.content[index]!.text))) return false;
    // (Or a heading of the numbering above: "五、工作制度" after "（二）公共卫生委员会" and its paragraph.)
    return !after || (!!after.marker && after.marker.style.kind === "item" && (sameKey(after.marker, marker) ? after.marker.ordinal === (marker.ordinal ?? -2) + 1 : after.marker.ordinal !== 1 && this.roleMarkers.has(styleKey(after.marker))));
  }

  /** Whether the line at `index` would open a role (used to spot group headings). */
  private looksLikeRoleAt(index: number): boolean {
    const l = this.content[index];
    if (!l) return false;
    if (l.marker?.style.kind === "part") return false;
    const rest = l.marker ? l.text.slice(l.marker.length) : l.text;
    const f = formField(l.text);
    if (f?.kind === "role") return true;
    // "一、部門職掌" over a list: the department's own role (see tryRole).
    if (l.marker && DEPARTMENT_FUNCTIONS.test(rest) && this.opensList(index + 1, l.marker)) return true;
    // ("设备管理员⇥1⇥1": a row of a table of head counts, no heading.)
    if (l.text.includes("\t") && /\t[0-9]+(?:\t|$)/u.test(l.text)) return false;
    const rh = roleHeading(rest);
    if (rh?.explicit && rh.name) return true;
    if (rh && rh.name && this.opensList(index + 1, l.marker)) return true;
    // ("（一）县应急管理局" over "负责综合协调全县防汛抗旱工作…": a unit, its duty in a paragraph below.)
    if (l.marker?.style.kind === "item" && rest.length <= 16 && (isDepartmentName(rest) || isBureauName(rest))) {
      const below = this.content[index + 1];
      if (below && !below.marker && below.no === l.no + 1 && below.text.length >= 10 && startsLikeDuty(below.text)) return true;
    }
    // (A Markdown heading that names a post, over a list numbered as it is: "### 1. 值班驾驶员 Officer of the Watch" over "1. …".)
    if (rh && rh.name && l.heading !== undefined && l.marker && this.opensList(index + 1, null)) return true;
    if (!l.marker && rest.length <= 60 && holderSeparator(rest) === 1) {
      // ("领队 —— 周正" over its list: a post, a dash, the person who holds it.)
      const dashed = HOLDERS_AFTER_DASH.exec(rest);
      if (dashed && isPositionName(dashed[1]!) && this.opensList(index + 1, null)) return true;
    }
    // ("部长：周子涵" over its list: a post and the person who holds it, after a colon; or after a bar, "会长｜陈思远".)
    // (Cheap tests first: a short line, a colon or a bar within its first characters, a name right after it.)
    if (!l.marker && rest.length <= 40 && (rest.includes("：") || rest.includes(":") || rest.includes("｜"))) {
      const holder = holderSeparator(rest) === 2 && nameAfterColon(rest) ? HOLDER_AFTER_COLON.exec(rest) : null;
      // (Not a group's staff: "组长：刘志强（办公室主任）" under "一、综合协调组".)
      if (holder && isPositionName(holder[1]!) && !isStaffingLabel(holder[1]!) && fieldKind(holder[1]!) === null && this.opensList(index + 1, null)) return true;
      if (!holder && this.barredRole(rest)) return true;
    }
    // ("◆ 工程部经理  刘志明" over its list: a post and the person who holds it, after a wide space.)
    if ((!l.marker || l.marker.style.kind === "bullet") && rest.length <= 40 && (rest.includes("  ") || rest.includes("\u3000"))) {
      const post = beforePerson(rest);
      if (post && isPositionName(post) && this.opensList(index + 1, null)) return true;
    }
    // ("主播（签约主播，含退役选手转型）" over its list: a post and a note on it.)
    if (!l.marker && rest.length <= 40 && closesBracket(rest)) {
      const note = POST_NOTE.exec(rest);
      if (note && note.index >= 2 && isPositionName(rest.slice(0, note.index)) && this.opensList(index + 1, null)) return true;
    }
    if (l.marker?.style.kind === "item" && rest.length <= 28) {
      // ("（一）委员　王小燕（社会保障专干）": a post and the person who holds it, numbered as no post before was.)
      // (Cheap test first: a space before the person's name.)
      const post = (rest.includes(" ") || rest.includes("\u3000")) && !this.roleMarkers.has(styleKey(l.marker)) ? beforePerson(rest) : null;
      if (post && isPositionName(post)) return true;
      // ("（一）人民调解委员会" over "在街道司法所指导下调解…": a unit over a paragraph of its duties.)
      const below = this.content[index + 1];
      // (Cheap tests first: a unit's name is short and ends with a unit's word.)
      // (Or over its staff: "（一）抢险救援组" over "组长：镇武装部部长".)
      if (rest.length <= 16 && UNIT_LAST.has(rest.charCodeAt(rest.length - 1)) && below && !below.marker && (startsLikeDuty(below.text) || /[。；;]$/u.test(below.text) || isStaffingLabel(formField(below.text)?.label ?? "")) && isDepartmentName(rh?.name || rest)) return true;
      if (this.formBelow(rest, index + 1)) return true;
    }
    // ("生产部经理岗位职责1、全面负责…", "质量部经理岗位职责 1、…": a heading with its list on its line.)
    // (Or an article's: "第十一条 秩序维护主管岗位职责：负责…".)
    if (!rh && (!l.marker || l.marker.style.kind === "article")) {
      const glued = gluedItemAt(rest);
      const colon = rest.length > 6 ? rest.slice(0, 24).search(/[:：]/u) : -1;
      const cut = glued > 0 ? glued : colon > 1 ? colon + 1 : firstItemAt(rest, 42, true);
      // (An explicit heading holds its role words: 职责, 職責, 说明书…)
      const head = cut > 1 ? rest.slice(0, cut) : "";
      // (Not the bare label "职责：…" of a unit's duties: it names no post.)
      if (head && /[职職说說]/u.test(head) && !!roleHeading(head.trimEnd())?.explicit && !!roleHeading(head.trimEnd())?.name) return true;
      // ("跟焦员 ①测量…；②跟焦…": a post, a space, its items.)
      if (head.length <= 12 && /[ \u3000]$/u.test(head) && isPositionName(head.trim())) return true;
    }
    // ("總務主任　　1.綜理…": the first row of a table of posts aligned with spaces.)
    const row = l.marker ? null : ALIGNED_ROW.exec(l.text);
    return !!row && isPositionName(row[1]!) && matchMarker(l.text.slice(row[0].length))?.ordinal === 1;
  }

  /**
   * Whether a short numbered heading ("（一）海运操作") has a post's summary ("岗位概述：…") or its first named duty
   * ("职责一：订舱管理") right below it: then it names a post, whatever its words.
   */
  private formBelow(rest: string, at: number): boolean {
    const below = this.content[at];
    if (rest.length > 12 || !below) return false;
    const named = (l: SourceLine | undefined) => !!l?.marker && l.marker.style.id === "duty-named" && l.marker.ordinal === 1;
    // (Or a sentence that starts with the name, then the first named duty: "Ⅰ. 监院" over "监院协助住持综理…。" and "职责一：…".)
    const form = below.marker ? named(below) : (SUMMARY_LABEL_FIRST.has(below.text.charCodeAt(0)) && blockHeading(below.text)?.kind === "summary")
      || (rest.length >= 2 && below.text.startsWith(rest.trim()) && named(this.content[at + 1]));
    return form && isHeadingLike(rest) && !startsLikeDuty(rest);
  }

  /** Whether the lines from `index` start a list: a first item, a deeper dotted item, or a summary then one. */
  /** Whether a numbered list starts within the next lines (a few lines of description may come first). */
  private numberedListAhead(): boolean {
    for (let k = this.at + 1; k < Math.min(this.at + 5, this.content.length); k++) {
      const m = this.content[k]!.marker;
      if (m) return m.style.kind === "item" && m.ordinal === 1;
    }
    return false;
  }

  private opensList(index: number, heading: Marker | null): boolean {
    for (let k = index; k < Math.min(index + 4, this.content.length); k++) {
      const l = this.content[k]!;
      const m = l.marker;
      if (m) {
        if (m.style.kind === "part" || m.style.kind === "article") return false;
        if (heading?.path && m.path) return m.path.length > heading.path.length && heading.path.every((v, i) => v === m.path![i]);
        if (heading && sameKey(heading, m) && !(m.style.kind === "bullet") && separatorOf(heading) === separatorOf(m)) return false;
        return m.ordinal === 1 || m.style.kind === "bullet" || (m.path !== null && m.path[m.path.length - 1] === 1);
      }
      const rest = l.text;
      // ("職責：" alone over the post's bullets: the bare word labels the list.)
      // (Or "班前：1.提前到岗；2.召开班前会…": a group of the post's duties, its list on its line.)
      if (blockHeading(rest) || formField(rest) || bareDutiesList(rest) || BARE_DUTIES_LABEL.test(rest) || GROUP_WITH_LIST.test(rest)) return true;
      if (roleHeading(rest)) return false;
      // ("白班护理员（7:00—15:00）" over "7:00—7:20   参加晨间交接班…": a shift's post over its hours' duties.)
      if (k === index && CLOCK.test(rest) && TIME_SLOT.test(rest)) return true;
      // A position heading ending in a colon ("销售经理：") over unnumbered duties ("负责…").
      // (Numbered, over a sentence of any words, "（一）主任委員：校長" over "綜理運動會一切事宜。", when the heading's next number
      // follows it and no list is open: the first of posts that each have a sentence; or "5.2.3　技術員" after the post
      // "5.2.2　高級技術員", numbered alike.)
      if (k === index && (DUTY_VERB.test(rest) || (heading !== null && rest.length >= 6 && (heading.path ? this.open?.marker?.path?.length === heading.path.length : !this.open || (this.open.role.duties.length === 0 && !this.stack.length)))) && (TERMINAL.test(rest) || this.wrapsToSentenceEnd(index)) && (heading === null || this.nextHeadingAfter(index, heading))) return true;
      // (Or "1、保洁领班" over lines typed on a phone without stops, "每天早上七点前检查…" / "负责保洁员的排班…", then "2、保洁员":
      // its next number after them.)
      if (k === index && heading !== null && rest.length >= 6 && !this.open && this.content[k + 1]?.no === l.no + 1 && !this.content[k + 1]!.marker && this.nextHeadingAfter(index, heading)) return true;
      // (Or "洗碗工" after a blank line over "负责洗碗、消毒" and more such lines, none of them with a full stop.)
      if (k === index && heading === null && DUTY_VERB.test(rest) && this.afterGap() && this.content[k + 1]?.no === l.no + 1 && !this.content[k + 1]!.marker) return true;
      if (k > index + 1) return false; // at most two summary lines before the list
    }
    return false;
  }

  /** Whether the line at `index` ends mid-sentence ("…负责财政、审计、") and the unnumbered line or two after it end the sentence. */
  private wrapsToSentenceEnd(index: number): boolean {
    for (let k = index; k < Math.min(index + 2, this.content.length - 1); k++) {
      const next = this.content[k + 1]!;
      // (Or cut at the page's width, wherever the sentence was: "…建立材" / "料台账，每月进行盘点。".)
      const text = this.content[k]!.text;
      if (!(MID_SENTENCE.test(text) || text.length >= (this.wrapWidth === null ? 24 : this.wrapWidth - 2)) || next.marker) return false;
      if (TERMINAL.test(next.text)) return true;
    }
    return false;
  }

  /**
   * Whether the next numbered line after the paragraphs from `index` is the heading's next number ("5.2 人事专员"
   * after "5.1 行政主管" and its "负责…。"), or nothing numbered follows: the numbered heading is a post whose duty
   * is written as a paragraph, not an item of a list.
   */
  private nextHeadingAfter(index: number, heading: Marker): boolean {
    if (heading.style.kind !== "item" || heading.ordinal === null) return false;
    for (let k = index + 1; k < Math.min(index + 6, this.content.length); k++) {
      const m = this.content[k]!.marker;
      if (!m) continue;
      // (Or the next chapter, "第6章" or "6.1" after "5.2.3": the list of posts ends there.)
      // (Or "5  交接班要求" after "4.4  二线on-call工程师": a chapter numbered with a space, the next after the post's.)
      if (m.style.kind === "part" || (heading.path && m.path && m.path.length < heading.path.length) || (heading.path && m.style.id === "arabic-space" && m.ordinal === heading.path[0]! + 1)) return true;
      if (!sameKey(m, heading) || separatorOf(m) !== separatorOf(heading)) return false;
      if (heading.path) return !!m.path && m.path.length === heading.path.length && m.path[m.path.length - 1] === heading.path[heading.path.length - 1]! + 1;
      return m.ordinal === heading.ordinal + 1;
    }
    return index + 6 > this.content.length;
  }

  private startRole(name: string, heading: string, no: number, marker: Marker | null, viaArticle = false, titleText = heading): void {
    this.closeRole(true);
    this.rolesStarted++;
    this.asideArticle = false;
    this.backMatter = false;
    // ("Ⅲ. 班主任職責" after "Ⅱ. 訓育及輔導組" and its posts: a post at the departments' level is in none of them.)
    if (marker && !marker.path && this.department !== null && this.departmentKeys.has(styleKey(marker))) this.department = null;
    // "（一）部门职责" under "一、纪检监察室": the department's own duties, a role named after it.
    const department = DEPARTMENT_ITSELF.test(name) ? this.department ?? this.sectionDepartment() : null;
    // ("### 市场部经理 王强", "### 品牌经理 — 周晓雯": the post, and the person who holds it.)
    // ("★全科医生  刘  芳  全科医师": or with the person's professional title after the name.)
    const before = name.length <= 24 || (name.length <= 40 && name.includes("  ")) ? beforePerson(name) : null;
    const post = before === null ? null : withoutTrailingDash(before);
    const last = name.slice(name.lastIndexOf(" ") + 1);
    if (post && isPositionName(post) && (!isPositionName(last) || PROFESSIONAL_TITLE.test(last))) name = post;
    // ("第二十九条　本会会长行使下列职权": the body's own post, without 本会.)
    if (name.charCodeAt(0) === 0x672c && name.length <= 16) {
      const own = OWN_BODY.exec(name);
      if (own && isPositionName(name.slice(own[0].length))) name = name.slice(own[0].length);
    }
    // ("三、记　者": a short name spaced out to the width of a column is the name without the spaces.)
    if (name.length <= 7 && SPACED_SHORT_NAME.test(name)) name = name.replace(/[ \u3000]+/gu, "");
    const split = department ? { name: department, department } : splitRoleName(name);
    const role: Role = {
      kind: "role", id: "", name: split.name, heading, department: split.department ?? this.department ?? this.sectionDepartment(true), line: no,
      summary: null, summaryLine: null, summaryEndLine: null, fields: [], duties: [], blocks: [],
    };
    this.open = { role, path: marker?.path ?? null, viaArticle, titleText, level: null, marker, summary: [], block: null, skip: null, inSummary: false };
    this.rememberHeading(marker);
    this.currentSection().roles.push(role);
    this.roleCount++;
  }

  /**
   * Ends the open role. The first role-like heading of a document that holds
   * no list ("倉儲物流部岗位职责（完整版）" above an introduction and the real
   * roles) was the document's title.
   */
  private closeRole(byHeading = false): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.stack = [];
    this.closed = false;
    this.backMatter = false;
    const role = open.role;
    if (byHeading && this.roleCount === 1 && (this.title === null || this.titleStrength < 2) && role.duties.length === 0 && role.blocks.length === 0 && !open.marker && role.fields.length === 0 && !this.summaryIsDuties(open, true)) {
      this.currentSection().roles.pop();
      // The untitled section that was opened for it goes too ("# 标题" above "## 第一章").
      if (this.section!.line === null && this.section!.roles.length === 0) {
        this.sections.pop();
        this.section = null;
      }
      this.roleCount = 0;
      this.setTitle(open.titleText, role.line, 2);
      // Its summary lines, read already or not, are the introduction under the title.
      const under = [...(open.summarized ?? []), ...open.summary];
      // ("中建××局××公司××项目部" over "项目安全生产责任制": the issuer, then the title on the line right under it.)
      const named = under[0];
      if (named && named.no === role.line + 1 && isDepartmentName(open.titleText) && isTitleLike(named.text) && TITLE_WORDS.test(named.text)) {
        this.setTitle(named.text, named.no, 2);
        under.shift();
      }
      for (const s of under) this.ignored.push({ line: s.no, text: s.text, reason: "introduction" });
      return;
    }
    // "健身房岗位职责2" over "会籍顾问岗位职责：": the heading of one version of a compilation's sheets, no role.
    if (byHeading && role.duties.length === 0 && role.blocks.length === 0 && role.fields.length === 0 && open.summary.length === 0 && !open.summarized?.length && this.versionHeading(open)) {
      this.currentSection().roles.pop();
      this.roleCount--;
      this.ignored.push({ line: role.line, text: role.heading, reason: "heading" });
      return;
    }
    this.flushSummary(open, true);
  }

  private versionHeading(open: OpenRole): boolean {
    const heading = open.role.heading;
    const rest = open.marker && heading.startsWith(open.marker.marker) ? heading.slice(open.marker.length) : heading;
    // (Cheap test first: a version's number or tag.)
    return VERSION_HINT.test(rest) && roleHeading(rest)?.version === true;
  }

  private setTitle(text: string, no: number, strength: number): void {
    if (this.title !== null && this.titleLine !== null) this.ignored.push({ line: this.titleLine, text: this.title, reason: "introduction" });
    // ("**…岗位职责（2024年修订）**": Markdown's strong emphasis in a sheet saved as text is no part of the title.)
    this.title = text.length > 4 && text.startsWith("**") && text.endsWith("**") ? text.slice(2, -2).trim() : text;
    this.titleLine = no;
    this.titleStrength = strength;
  }

  /** Plain lines under a role with no numbered list are its duties, unnumbered: "负责…" one per line. */
  private summaryIsDuties(open: OpenRole, closing: boolean): boolean {
    const role = open.role;
    if (role.duties.length > 0 || role.blocks.length > 0 || open.inSummary) return false;
    if (open.described && closing) return true;
    // (One paragraph under a post that ends with it, "保安" over "负责公司门岗值守…。", is its one duty.)
    // (So is an article's paragraph, wrapped: "第三條（董事長職責）" over "董事長對內為…授權" / "處理公司重要事務。".)
    // (Or a numbered post's: "（二）副总经理" over "副总经理协助总经理工作，…，" / "并对分管工作…负责。".)
    // (Or a post's in brackets: "【客户经理】  姓名：周  强" over "个人贷款营销…，" / "做好…交叉营销。".)
    // (Or a numbered unit's: "（二）网格管理办公室" over "网格管理办公室设在市场部，负责…" / "维护，每月通报…。".)
    // (Or a post's numbered next after posts so numbered, whatever its name: "H. 查账 (Juruaudit Dalaman)" after "G. 副财政".)
    if (closing && (open.viaArticle || ((!!open.marker || role.heading.charCodeAt(0) === 0x3010) && (isPositionName(role.name) || (!!open.marker && isDepartmentName(role.name)))) || this.numberedAfterPost(open)) && open.summary.length > 1 && !open.summarized?.length && open.summary.every((s, i) => TERMINAL.test(s.text) === (i === open.summary.length - 1))) return (open.described = true);
    // (So is a unit's under its staff, "宣传教育组" over "组长：…" and "通过国旗下讲话…，做好…工作。", or a numbered post's or
    // unit's, whatever its first words.)
    if (closing && open.summary.length === 1 && !open.summarized?.length) return DUTY_VERB.test(open.summary[0]!.text) || (TERMINAL.test(open.summary[0]!.text) && (role.fields.length > 0 ? isDepartmentName(role.name) : !!open.marker && (isPositionName(role.name) || isDepartmentName(role.name) || DOER.test(role.name))));
    if (open.summary.length < 2) return false;
    if (role.fields.some((f) => f.line === open.summary[0]!.no)) return false;
    // ("班干部岗位职责" at the top over "人人有事做，事事有人做！" / "我是小主人，班级我来管！": a wall sheet's mottos under
    // its title, no duties.)
    if (this.roleCount === 1 && !open.marker && open.summary.every((s) => s.text.length <= 24 && /[！!]$/u.test(s.text))) return false;
    // (Short lines, the first a duty's, under a post with nothing else: "负责洗碗、消毒…" / "厨房地面保持干净…", one duty each.)
    if (closing && DUTY_VERB.test(open.summary[0]!.text) && open.summary.every((s) => s.text.length <= 40 && !MID_SENTENCE.test(s.text))) return true;
    // (Or three such lines or more, whatever their first words, none cut at the page's width: a wall sheet's duties,
    // "站在门口迎客…" / "客满时登记排号…" / "引领客人入座…".)
    if (closing && open.summary.length >= 3 && open.summary.every((s) => s.text.length <= 40 && !MID_SENTENCE.test(s.text) && !NOTICE_LINE.test(s.text) && (this.wrapWidth === null || s.text.length < this.wrapWidth - 2))) return true;
    // (Or lines typed without stops under a numbered post, one of them a duty's: "按片区负责楼道…的清扫" / "负责垃圾桶的清运…".)
    if (closing && !!open.marker && open.summary.every((s) => s.text.length <= 40 && !TERMINAL.test(s.text) && !MID_SENTENCE.test(s.text)) && open.summary.some((s) => DUTY_VERB.test(s.text))) return true;
    const dutyLike = open.summary.filter((s) => DUTY_VERB.test(s.text) || TERMINAL.test(s.text)).length;
    return dutyLike * 2 > open.summary.length;
  }

  /**
   * Whether the item numbered 1 at the line being read heads the first group of the open post's duties: the post named by
   * a heading with its role words, and an item numbered next after it in the same style that names no post or unit.
   */
  private groupsOfDuties(marker: Marker): boolean {
    const open = this.open!;
    if (!isPositionName(open.role.name) || !roleHeading(open.marker ? open.role.heading.slice(open.marker.length) : open.role.heading)?.explicit) return false;
    for (let k = this.at + 1; k < this.content.length && k <= this.at + 40; k++) {
      const l = this.content[k]!;
      if (!l.marker || l.marker.style.kind === "part") {
        if (l.marker || roleHeading(l.text)?.explicit) return false;
        continue;
      }
      if (!sameKey(l.marker, marker)) continue;
      if (l.marker.ordinal !== 2) return false;
      const next = l.text.slice(l.marker.length).trim();
      return next.length <= 12 && !isPositionName(next) && !isDepartmentName(next) && !roleHeading(next)?.name;
    }
    return false;
  }

  /**
   * Whether the post a heading names ("三、工程管理科科长") has groups of its duties below, each titled with role words
   * but naming no post or unit: "（一）业务工作职责", "（二）党风廉政建设职责".
   */
  private dutyGroupsBelow(rest: string): boolean {
    const below = this.peek();
    // (Cheap tests first: the line below has role words.)
    if (!below?.marker || !(below.text.includes("职责") || below.text.includes("職責")) || !isPositionName(cleanName(rest))) return false;
    const rh = roleHeading(below.text.slice(below.marker.length));
    return !!rh?.explicit && !!rh.name && !isPositionName(rh.name) && !isDepartmentName(rh.name);
  }

  /** Whether a heading names a post with its role words: "值日生职责". */
  private namedPost(rest: string): boolean {
    const rh = roleHeading(rest);
    return rh?.explicit === true && !!rh.name && isPositionName(rh.name);
  }

  /** Whether the open role's heading is numbered next after the post before it in the section, in the same style. */
  private numberedAfterPost(open: OpenRole): boolean {
    const roles = this.currentSection().roles;
    const before = roles.length >= 2 ? roles[roles.length - 2]! : null;
    if (!open.marker || open.marker.ordinal === null || !before || !isPositionName(before.name)) return false;
    const marker = matchMarker(before.heading);
    return marker !== null && marker.style.id === open.marker.style.id && marker.ordinal === open.marker.ordinal - 1;
  }

  /** Summary lines become the summary, or unnumbered duties when the role has no numbered ones; `closing`: the role ends here. */
  private flushSummary(open: OpenRole, closing = false): void {
    if (open.summary.length === 0) return;
    const role = open.role;
    let asDuties = false;
    // ("负责本班宝宝的一日生活照料。" over "7:30-8:00   开窗通风…" and more slots of the day: a timetable under a sentence on the
    // post, its summary, the slots its duties.)
    if (open.summary.length >= 2 && role.duties.length === 0 && role.blocks.length === 0 && !open.inSummary) {
      const isSlot = (t: string) => CLOCK.test(t) && TIME_SLOT.test(t);
      const first = open.summary.findIndex((s) => isSlot(s.text));
      if (first >= 0 && first <= 1 && open.summary.filter((s) => isSlot(s.text)).length >= 2) {
        const lead = open.summary.slice(0, first);
        if (lead.length) {
          role.summary = joinText(role.summary === null ? lead.map((s) => s.text) : [role.summary, ...lead.map((s) => s.text)]);
          role.summaryLine ??= lead[0]!.no;
          role.summaryEndLine = lead[lead.length - 1]!.no;
        }
        open.summary = open.summary.slice(first);
        asDuties = true;
      }
    }
    if (asDuties || this.summaryIsDuties(open, closing)) {
      // (A line broken mid-sentence, "负责财政、审计、" / "项目建设工作。", goes on in the next: one duty.)
      let last: Duty | null = null;
      let indent: number | undefined;
      let before: { no: number; text: string } | null = null;
      // (A paragraph wrapped at a fixed width: its lines but the last of one length, none of them ending a sentence, the
      // last ending one: "开航前做好…，维持乘客" / "上下船秩序；…发现人员落水" / "立即报告，并按应急部署抛投救生圈。".)
      const wrapped = fixedWidthParagraph(open.summary);
      for (const s of open.summary) {
        // (A long line with no stop, cut at the page's width mid-word, goes on in the next: "…保证标" / "本在规定时间内…".)
        const cut = !!before && before.no === s.no - 1 && this.wrapWidth !== null && before.text.length >= Math.max(this.wrapWidth - 2, 16) && !TERMINAL.test(before.text) && s.text.length >= 4 && isIdeograph(before.text.charCodeAt(before.text.length - 1)) && isIdeograph(s.text.charCodeAt(0));
        before = s;
        // (A unit's duty after its name, "承担…管理有" / "关工作。", wraps wherever the page ends.)
        // (A paragraph typed with its first line indented goes on at the margin, after a stop too.)
        // (Or a line under a timetable's slot, indented under its words: "17:30—20:00 协助…为有需要的老人" / "      进行会阴护理…".)
        // (Or a paragraph of two lines, the first ending with a semicolon: "负责与基金委…的填报；" / "组织课题组参加…活动。",
        // one sentence; three lines or more so ended are a list without bullets, and so are lines after labels, "选片：…；".)
        if (last && (cut || wrapped || MID_SENTENCE.test(last.text) || (open.summary.length === 2 && s.no === last.endLine + 1 && /[；;]$/u.test(last.text) && !LABELED.test(s.text)) || (open.described && !TERMINAL.test(last.text)) || (s.no === last.endLine + 1 && goesOnUnder(last.text, indent, s.indent)))) {
          last.text += separator(last.text, s.text) + s.text;
          last.endLine = s.no;
        } else {
          role.duties.push((last = newDuty(null, s.text, s.no)));
          indent = s.indent;
        }
      }
      for (const duty of role.duties) if (duty.children.length === 0 && duty.number === null) splitInlineList(duty);
    } else {
      // A second run of summary lines (below a 职位概要 heading) adds to the first: replacing it would lose lines.
      const pieces = open.summary.map((s) => s.text);
      role.summary = joinText(role.summary === null ? pieces : [role.summary, ...pieces]);
      role.summaryLine ??= open.summary[0]!.no;
      role.summaryEndLine = open.summary[open.summary.length - 1]!.no;
      // (Kept only while the sheet has one role, which closeRole may still drop for the title.)
      if (this.roleCount === 1) (open.summarized ??= []).push(...open.summary);
    }
    open.summary = [];
  }

  /** A role-like line with no position of its own ("崗位職責", "銷售部崗位職責" above roles). */
  private heading(text: string, no: number): void {
    // ("二、招聘岗位、人数及岗位职责" in an announcement: a part of the outline the posts are in; see nextOutlinePart.)
    const numbered = this.roleCount === 0 ? matchMarker(text) : null;
    if (numbered?.style.kind === "item" && !numbered.path && numbered.ordinal !== null) this.outline = { key: styleKey(numbered), ordinal: numbered.ordinal };
    // ("四、相关人员职责" after the groups under "（三）工作小组": a heading above the department's ends it.)
    if (this.department !== null && this.departmentRank !== null) {
      const m = matchMarker(text);
      if (m?.style.kind === "item" && !m.path && (m.style.rank < this.departmentRank || this.departmentKeys.has(styleKey(m)))) this.department = null;
    }
    // (A numbered heading, "三、组织机构及职责", is no title over one the sheet has: "…应急预案" above it.)
    if ((this.title === null || (this.titleStrength < 2 && !(this.titleStrength > 0 && matchMarker(text)?.style.kind === "item"))) && this.roleCount === 0) {
      this.setTitle(text, no, 2);
    } else {
      this.ignored.push({ line: no, text, reason: "heading" });
    }
  }

  /** Lines that are used for their meaning (a department) but have no node of their own. */
  private ignoredAsUsed(no: number, text: string, reason: string): void {
    this.ignored.push({ line: no, text, reason });
  }

  /** Form fields: 职位名称 opens a role, 所属部门 sets its department, the rest are kept on the role. */
  private fields(fields: FormField[], text: string, no: number): boolean {
    const roleField = fields.find((f) => f.kind === "role" && f.value);
    if (roleField) {
      const name = roleHeading(roleField.value)?.name || withoutHeadcount(roleField.value);
      // "资金专员岗位说明书" then "一、基本信息" and "岗位名称：资金专员" after other roles: one role, opened by the
      // first line, which keeps the field. (The sheet's first such line is its title: closeRole says so.)
      const open = this.open;
      // (Or a longer name of the numbered heading right above it: "五、活动策划" over "岗位名称：活动策划专员".)
      const longer = !!open?.marker && open.role.line === no - 1 && (name.startsWith(open.role.name) || open.role.name.startsWith(name));
      const same = open && (this.roleCount > 1 || !!open.marker) && (sameName(open.role.name, name) || longer) && open.role.duties.length === 0 && open.role.blocks.length === 0 && open.summary.length === 0 && open.role.fields.length === 0;
      // ("職位：海運出口操作主任" over "Position: Sea Freight Export Operations Officer": the post's name in English, a field of it.)
      const english = !!open && !same && open.role.line === no - 1 && open.role.duties.length === 0 && open.role.blocks.length === 0 && open.summary.length === 0 && !HAN.test(roleField.value) && HAN.test(open.role.name);
      if (same || english) open!.role.fields.push({ label: roleField.label, value: roleField.value, line: no });
      // (A row of a role-per-row table is the role's heading as written: ./row-tables.ts.)
      else this.startRole(name, (this.content[this.at]?.no === no && this.content[this.at]!.source) || text, no, null);
    }
    // (A group's staff before its duties' heading, outside any post: "总 指 挥：镇长" under "一、镇防指组成".)
    if (!this.open) {
      if (!fields.every((f) => f.kind === "other" && isStaffingLabel(f.label))) return false;
      this.ignored.push({ line: no, text, reason: "field" });
      // ("组  长：王建华  党委书记" over "        刘志远  校长": the group's second leader under the first.)
      for (let next = this.content[this.at + 1]; next && this.staffGoesOn(next, no); next = this.content[this.at + 1]) {
        this.ignored.push({ line: next.no, text: next.text, reason: "field" });
        this.at++;
        no = next.no;
      }
      return true;
    }
    // Contact details and sign-off lines (编制：… 审核：…) are about the form, not the job.
    if (fields.every((f) => f.kind === "contact" || f.kind === "signoff")) {
      this.ignored.push({ line: no, text, reason: fields[0]!.kind });
      // (A sign-off's line ends the posts: "编制：秩序维护部 王建军　审核：　批准：" over "2024年3月5日".)
      if (fields.every((f) => f.kind === "signoff") && (this.open.role.duties.length > 0 || this.open.role.blocks.length > 0)) this.closed = true;
      return true;
    }
    const role = this.open.role;
    for (const field of fields) {
      if (field === roleField) continue;
      role.fields.push({ label: field.label, value: field.value, line: no });
      // ("部門：海運部 (Sea Freight Department)": the unit, without its name in English.)
      if (field.kind === "department" && field.value) role.department = withoutEnglishGloss(field.value);
      // (Not the label's English, "職位概要 Job Summary" over the summary's lines.)
      if (field.kind === "summary" && field.value) {
        if (HAN.test(field.value)) this.open.summary.push({ no, text: field.value });
        else this.open.inSummary = true;
      }
    }
    // "成    员：党政办、应急办、…、" wrapped onto the next line ("          各村（社区）党组织书记。"): the value goes on.
    const last = role.fields[role.fields.length - 1];
    if (last?.line === no && fields[fields.length - 1] !== roleField) {
      for (let next = this.content[this.at + 1]; next && ((/[，,、]$/u.test(last.value) && next.no === (last.endLine ?? no) + 1 && !next.marker && next.text.length <= 60 && !formField(next.text)) || (isStaffingLabel(last.label) && this.staffGoesOn(next, last.endLine ?? no))); next = this.content[this.at + 1]) {
        last.value += next.text.trim();
        last.endLine = next.no;
        this.at++;
      }
    }
    return true;
  }

  /** Whether `next`, right under a group's staff at line `no`, is more of it: indented under the value, a holder and a post. */
  private staffGoesOn(next: SourceLine, no: number): boolean {
    return next.no === no + 1 && (next.indent ?? 0) >= 4 && !next.marker && next.text.length <= 24 && !formField(next.text) && !roleHeading(next.text)?.explicit;
  }

  private blockStart(kind: BlockKind, title: string, rest: string, no: number, restOffset: number, line = title): void {
    // "一、基本信息" above a form: a heading only; its fields (岗位名称：…) open the role.
    if (kind === "form") {
      this.ignored.push({ line: no, text: line, reason: "heading" });
      return;
    }
    // "崗位職責" alone above roles is a heading, not a role of its own.
    if (!this.open && !rest && this.looksLikeRoleAt(this.at + 1)) return this.heading(title, no);
    const opened = !this.open;
    if (opened) this.startRole(this.implicitRoleName(), title, no, null);
    const open = this.open!;
    // (A block other than the duties after a paragraph and no list: "主播是直播间的核心，负责…。" then "考核：": the
    // paragraph was the post's duty, as when the post ends under it.)
    this.flushSummary(open, kind !== "duties" && kind !== "summary" && kind !== "skip" && !open.inSummary);
    this.stack = [];
    open.skip = null;
    open.inSummary = false;
    open.block = null;
    // (Not under a role this heading opened itself: before any role, what follows may still be an introduction.)
    open.underDutiesHeading = kind === "duties" && !opened;
    // "主要职责：负责销售部的全面工作。" over "a. 根据…": what the label says before the list is the post's summary.
    // (Or says it and announces the list: "主要职责：协助主任负责中心日常运行管理…。具体包括：".)
    if (kind === "duties" && rest && !opened && open.role.duties.length === 0 && (TERMINAL.test(rest) || (/[:：]$/u.test(rest) && /[。；;]/u.test(rest))) && !matchMarker(rest) && this.peek()?.marker?.ordinal === 1 && this.peek()!.no === no + 1) kind = "summary";
    if (kind === "duties" || kind === "summary" || kind === "skip") {
      // The heading itself is structure: kept in `ignored` so that no line is lost.
      if (!rest || kind !== "duties") this.ignored.push({ line: no, text: line, reason: "heading" });
      if (kind === "skip") open.skip = "benefits";
      if (kind === "summary") {
        open.inSummary = true;
        if (rest) open.summary.push({ no, text: rest });
        return;
      }
      if (kind === "skip") return;
    } else {
      open.block = { kind: "block", type: BLOCK_TYPES[kind], title, line: no, items: [] };
      open.role.blocks.push(open.block);
    }
    if (!rest) return;
    // ("不相容岗位：贷审会委员" over the next post's row: what follows a block's label is its item, never a post's heading.)
    this.blockRest = !!open.block && !this.pendingPieces;
    try {
      this.lineRest(rest, matchMarker(rest) ?? itemOneBeforeDigit(rest), no, restOffset);
    } finally {
      this.blockRest = false;
    }
  }
  /** Whether the line read is what follows a block's label on its line (blockStart). */
  private blockRest = false;

  /**
   * A role the builder made up for items under no heading, named after the sheet's title, whose items are all short
   * titles ("一、单位基本情况" and its prose, under "江阳市疾控中心岗位设置方案"), before real roles in the same
   * section: the outline of a scheme's opening parts, no post. Its lines go to `ignored` as the introduction.
   */
  private dropOutline(role: Role, section: Section): void {
    const at = section.roles.indexOf(role);
    // (Before real roles: in its section, or in the clause after it, "四、岗位作业内容" over "4.1 包装线班长" after "一、目的".
    // Only a clause's section: a part's may be read by another thread, as ./split.ts says, which must come to the same.)
    const next = this.sections[this.sections.indexOf(section) + 1];
    const last = at === section.roles.length - 1 && !(next && this.cnSections.has(next) && next.roles.length > 0);
    if (at < 0 || last || role.blocks.length || role.fields.length || role.summary !== null) return;
    // (Its items' children, if any, prose only: an item over a numbered list is a duty of a post whose heading is lost.)
    if (!role.duties.every((d) => d.number !== null && d.text.length <= 10 && isHeadingLike(d.text) && !startsLikeDuty(d.text) && d.children.every((c) => c.number === null && c.children.length === 0))) return;
    this.dropRole(role, section, at, "introduction");
    // (An untitled section that held only the outline is no section: the sheet's parts follow.)
    if (section.title === null && section.roles.length === 0) this.sections.splice(this.sections.indexOf(section), 1);
  }

  /** Takes a role out of its section and sets its duties' lines aside with `reason`. */
  private dropRole(role: Role, section: Section, at: number, reason: string): void {
    section.roles.splice(at, 1);
    this.roleCount--;
    // The lines as read, to set aside: the duties' texts lost their markers and joined their wrapped lines.
    const lines = (d: Duty): void => {
      for (let n = d.line; n <= d.endLine; n++) {
        const l = this.lineNo(n);
        if (l) this.ignored.push({ line: n, text: l.text, reason });
      }
      d.children.forEach(lines);
    };
    role.duties.forEach(lines);
  }

  /**
   * "第三章  预防与预警" over "一、预防准备" after the posts of "第二章  组织机构及职责": a chapter of a plan that names no
   * post, unit or duties, its clauses no one's duties, though a role was opened for them (posts stand elsewhere).
   */
  private dropChapterClauses(role: Role, section: Section): void {
    const at = section.roles.indexOf(role);
    if (at < 0 || section.line === null || section.title === null || role.blocks.length || role.fields.length || role.summary !== null) return;
    // (Only a role named after the chapter, as item() opens one: not one a heading renamed, "### 市场部经理 王强".)
    const part = matchMarker(section.title);
    const title = (part?.style.kind === "part" ? section.title.slice(part.length) : section.title).trim();
    const name = title.replace(/\s+/gu, "");
    if (!name || role.name !== title || roleHeading(name) || isDepartmentName(name) || isPositionName(name)) return;
    // (Nor items over numbered lists of what someone does: "Ⅱ. 研究方向" over "1）子课题A：…（负责人：吴老师）" and its
    // "⑴组织子课题A成员每周组会…", posts no word names, whose duties are not to be lost.)
    if (role.duties.some((d) => d.children.some((c) => c.number !== null && startsLikeDuty(c.text)))) return;
    this.dropRole(role, section, at, "not-a-duty");
  }

  /** The line read with number `no`, or undefined (a table's row makes several lines of one number: the first). */
  private lineNo(no: number): SourceLine | undefined {
    if (!this.byNo) {
      this.byNo = new Map();
      for (const l of this.content) if (!this.byNo.has(l.no)) this.byNo.set(l.no, l);
    }
    return this.byNo.get(no);
  }
  private byNo: Map<number, SourceLine> | null = null;
  /** A clause numbered in Chinese was read over dotted posts ("四、岗位作业内容" over "4.1 包装线班长"): so are the others. */
  private cnClauses = false;
  /** No line has been read yet that could be the title (a later part's builder never takes one: ./split.ts). */
  private titleFree: boolean;
  private readonly cnSections = new Set<Section>();

  private implicitRoleName(): string {
    // ("一、主要职责" under "第一部分　县发展和改革局": the duties of the unit the part names, without the part's number.)
    const title = this.section?.title;
    const part = title ? matchMarker(title) : null;
    if (title && part?.style.kind === "part" && title.length > part.length) return title.slice(part.length).trim();
    return title ?? this.title ?? "";
  }

  /** 第X条: a role when it introduces a position's duties, a duty inside another role, else not a duty. */
  private article(text: string, marker: Marker, rest: string, no: number, offset: number): void {
    this.asideArticle = false;
    if (!this.open || this.open.viaArticle) this.lastArticle = marker.ordinal;
    // "第 5 條" alone on its line (as a law database prints it): the article's words follow on the next line.
    if (!rest.trim()) {
      this.closeRole(true);
      this.ignored.push({ line: no, text, reason: "article" });
      this.articleTitleDue = marker;
      return;
    }
    // "第七条　集团党委会是…前置研究讨论机构，主要职责：", "第十二条　集团纪委对…履行监督职责：": the body the article's
    // sentence starts with, whose list follows.
    const subject = rest.length <= 80 && POWERS_END.test(rest) && !this.namedPost(rest) ? subjectOfPowers(rest.trim()) : null;
    if (subject) return this.startRole(subject, text, no, marker, true);
    const rh = roleHeading(lastWordNamingDuties(rest) ?? rest) ?? unitHeading(rest);
    if (rh && rh.name) return this.startRole(rh.name, text, no, marker, true);
    // ("第七条  检定员职责  检定员须持有…证书。": the post's heading, then a sentence on it after a wide space, its summary.)
    const gap = rest.length <= 120 ? wideGapAt(rest.trimStart(), 24) : -1;
    const headed = gap >= 2 ? roleHeading(rest.trimStart().slice(0, gap)) : null;
    if (headed?.name && headed.explicit) {
      this.startRole(headed.name, text, no, marker, true);
      this.open!.summary.push({ no, text: rest.trimStart().slice(gap).trim() });
      return;
    }
    // "第十一條　人員編制" between the units' articles: a part of the charter no unit's, its list none's duties.
    const aside = !this.open && !rh ? blockHeading(rest.trim()) : null;
    if (aside && !aside.rest && (aside.kind === "other" || aside.kind === "skip")) {
      this.ignored.push({ line: no, text, reason: "article" });
      this.asideArticle = true;
      return;
    }
    const next = this.nextInPart();
    // "第五條　檔案管理廳" over "一、檔案管理廳具下列職權：" or its list: a unit's article, titled with the unit's name.
    const unit = rest.trim();
    if (!rh && unit.length <= 16 && isDepartmentName(unit) && isHeadingLike(unit) && next && (POWERS_FOLLOW.test(next.text) || (next.marker?.style.kind === "item" && next.marker.ordinal === 1))) {
      return this.startRole(unit, text, no, marker, true);
    }
    // "第三条　县农业农村局贯彻落实…的方" / "针政策…。主要职责是：": a 三定 article wrapped by a PDF's page width,
    // over two lines or up to four.
    if (!rh && next && !next.marker && next.heading === undefined && rest.length >= 20 && !/[。；;:：]$/u.test(rest)) {
      const wrapped = this.wrappedArticle(rest);
      if (wrapped) {
        this.startRole(wrapped.name, text, no, marker, true);
        for (let i = 0; i < wrapped.lines; i++) this.setNextAside("heading");
        return;
      }
    }
    // "第八條（理事會）": the article's title in brackets names the body or the post whose duties follow.
    const titled = bracketedTitle(rest.trim());
    if (titled) return this.startRole(titled, text, no, marker, true);
    // "第四條　護理督導長之職責如下：": an article that says whose duties follow names the post, whatever its title.
    // (Or its last sentence does: "本宮置董事長一人，由董事互選之。董事長之職責如下：".)
    const stop = rest.length <= 80 ? rest.lastIndexOf("。", rest.length - 2) : -1;
    const said = rest.slice(stop + 1).trim();
    const named = said.length <= 24 ? ARTICLE_NAMES_POST.exec(said) : null;
    if (named && !startsLikeDuty(named[1]!) && !ANY_ONE.test(named[1]!)) return this.startRole(cleanName(named[1]!), text, no, marker, true);
    // ("本所设主任一名，由合伙人会议…产生。主任履行下列职责：": the last sentence announces the post's list.)
    const announced = stop >= 0 && said.length <= 24 && !named ? roleHeading(said) : null;
    if (announced?.name && announced.explicit) return this.startRole(announced.name, text, no, marker, true);
    const post = rest.length <= 80 ? postOfClause(rest.trim()) : null;
    if (post && !startsLikeDuty(post) && !ANY_ONE.test(post)) return this.startRole(post, text, no, marker, true);
    // "第五条　大堂经理主要职责：（一）…；（二）…", "第八条 调度员职责（一）…": the heading, then its list on the same line.
    const head = rest.slice(0, 41);
    const colon = head.search(/[:：]/u);
    const cut = colon > 1 ? colon + 1 : firstItemAt(head, head.length, false);
    if (cut > 1) {
      const after = rest.slice(cut).trimStart();
      const first = matchMarker(after);
      const rh = roleHeading(rest.slice(0, cut)) ?? unitHeading(rest.slice(0, cut));
      if (rh?.name && first?.ordinal === 1) {
        this.startRole(rh.name, text.slice(0, marker.length + cut).trimEnd(), no, marker, true);
        return this.lineRest(after, first, no, offset + text.length - after.length);
      }
      // ("第十一条 秩序维护主管岗位职责：负责…的组织实施，具体职责如下：": the post's summary after the colon, its list below.)
      if (rh?.name && rh.explicit && colon > 1 && !first && after && this.numberedListAhead()) {
        this.startRole(rh.name, text.slice(0, marker.length + cut).trimEnd(), no, marker, true);
        this.open!.summary.push({ no, text: after });
        return;
      }
      // ("第三十条　本会副会长的职责：协助会长开展工作；…。" with no list below: the post, its duties after the colon.)
      // (Or "第六條　排練助理：協助導演記錄…" among articles that head posts: a post by its name alone, its duty after the colon.)
      if (rh?.name && (rh.explicit || (!!this.open?.viaArticle && startsLikeDuty(after))) && colon > 1 && !first && after.length >= 6 && !this.numberedListAhead()) {
        this.startRole(rh.name, text, no, marker, true);
        this.paragraphBeside(0, "paragraph", after, no, offset + text.length - after.length);
        return;
      }
    }
    // ("第十條　前條各組之工作細則由總幹事擬訂…" after 第九條's units and their lists: the next article, no duty of theirs.)
    const nextArticle = this.lastArticle !== null && marker.ordinal === this.lastArticle + 1 && !this.stack.some((f) => f.marker?.style.kind === "article");
    if (this.open && !this.open.viaArticle && !nextArticle) return this.item(marker, rest, no, offset);
    this.lastArticle = marker.ordinal;
    this.closeRole(true);
    this.ignored.push({ line: no, text, reason: "article" });
    // Its list, should one follow ("第八条 …开展以下检查：" then （一）…), is the article's, not a role's.
    this.asideArticle = true;
  }

  // ── items ────────────────────────────────────────────────────────────────

  /** Weak markers count only when the sequence proves them; Roman I/V/X may be Latin letters. */
  private acceptMarker(marker: Marker, rest: string): Marker | null {
    if ((marker.style.id === "roman" || marker.style.id === "roman-paren" || marker.style.id === "roman-lower" || marker.style.id === "roman-lower-close") && /^[IVXivx]$/u.test(marker.number!)) {
      const latin = matchMarker(marker.marker.replace(/\s+$/u, "") + rest, [STYLE_BY_ID.get("latin")!, STYLE_BY_ID.get("latin-close")!, STYLE_BY_ID.get("latin-paren")!]);
      if (latin && this.expects(latin)) return latin;
    }
    const id = marker.style.id;
    // "4.5S及安全" after "3.庫存管理": item 4 about 5S, no clause 4.5; "1.24小时值班" over "2.盯紧监控画面": item 1.
    if (id === "dotted" && marker.path?.length === 2 && (isLatin(rest.charCodeAt(0)) || HOURS.test(rest))) {
      const item = matchMarker(`${marker.number!.slice(0, marker.number!.search(/[.．]/u) + 1)}x`);
      if (item?.style.id === "arabic" && (this.expects(item) || this.numberAhead(item, item.ordinal! + 1))) return item;
    }
    // ("…出入口及" / "1、2号线换乘通道的巡视…": a line wrapped mid-sentence that starts with a number, no item 1.)
    if (marker.ordinal === 1 && /^[0-9０-９]/u.test(rest) && this.stack.length && MID_SENTENCE.test(this.stack[this.stack.length - 1]!.lastText) && !this.expects(marker)) return null;
    if (id !== "arabic-bare" && id !== "arabic-space") {
      if (id !== "arabic" && id !== "arabic-close") return marker;
      // "4、节假日值班。" after "3做好维修记录": the next number of a list written without separators, given one.
      // "3）处理顾客投诉；" after "2、负责排班；" (the separator wandering to a bracket): item 3 of that list, not a new level.
      const top = this.stack[this.stack.length - 1]?.marker;
      if (!top || top.ordinal === null || top.ordinal + 1 !== marker.ordinal || this.expects(marker)) return marker;
      if (id === "arabic" && top.style.id === "arabic-bare") return { ...marker, style: top.style };
      if (id === "arabic-close" && top.style.id === "arabic" && marker.ordinal > 2) return { ...marker, style: top.style };
      return marker;
    }
    if (this.expects(marker)) return marker;
    // "3负责…" between "2、…。" and "4、…": the list's next number with its separator left out, an item of that list.
    const list = this.stack.findLast((f) => f.key === "arabic");
    if (list?.marker?.ordinal != null && list.marker.ordinal + 1 === marker.ordinal && this.stack[this.stack.length - 1] === list
      && (TERMINAL.test(list.lastText) || (id === "arabic-space" && !MID_SENTENCE.test(list.lastText) && this.numberAhead(list.marker, marker.ordinal + 1)))) {
      // ("3 每天晚上对账" after "2、…找人顶上", an item left without a full stop: only when "4、" follows.)
      return { ...marker, style: list.marker.style };
    }
    if (marker.ordinal !== 1) return null;
    // "1 对营业厅秩序的现场处置权" right under "权限：": a list's first item where a list is due.
    const open = this.open;
    if (marker.style.id === "arabic-space" && open && this.stack.length === 0 && (open.block ? open.block.items.length === 0 : open.underDutiesHeading && open.role.duties.length === 0)) return marker;
    const two = nextMarkerPattern(marker.style, 1, marker);
    if (two && two.test(rest)) return marker;
    // Item 2 on one of the next lines: the first item may wrap ("…建档率达到" / "9成以上" / "2负责…").
    for (let k = 1; k <= 3; k++) {
      const next = this.content[this.at + k]?.marker;
      if (next?.style === marker.style && next.ordinal === 2) return marker;
      if (next && next.style.id !== "arabic-bare" && next.style.id !== "arabic-space") break;
    }
    return null;
  }

  /** Whether an open list at any depth expects this marker next. */
  private expects(marker: Marker): boolean {
    const key = styleKey(marker);
    return this.stack.some((f) => f.key === key && f.marker?.ordinal != null && f.marker.ordinal + 1 === marker.ordinal);
  }

  /** Whether the marker continues the list open at its style (the next number, or a repeat). */
  /** Whether `marker` numbers the next item after a sentence in the open list, as a list of duties has and one of posts does not. */
  /**
   * "1）子课题A：复杂网络上的传播动力学（负责人：吴老师）" over its "⑴…" at the head of "Ⅱ. 研究方向", numbered as the posts of
   * the part before were ("1）课题组长（赵老师）"), and "2）子课题B：…" after it: posts no word names, each over its list.
   */
  private topicPost(marker: Marker, rest: string): boolean {
    if (marker.style.kind !== "item" || marker.path || marker.ordinal === null) return false;
    const key = styleKey(marker);
    const open = this.open;
    const first = marker.ordinal === 1 && !open && this.earlierRoleKeys.has(key);
    const next = !!open?.marker && !open.listed && styleKey(open.marker) === key && marker.ordinal === (open.marker.ordinal ?? -2) + 1 && !this.continuesList(marker);
    if (!first && !next) return false;
    // (Its name may hold a topic after a colon, without the note in brackets after it.)
    const name = withoutNote(rest);
    // (Not a clause that introduces its list, "一、業務同仁之業績獎金依…計算：", nor one of the back matter's.)
    return name.length >= 2 && name.length <= 30 && !/[，,。；;！!？?]|[:：]$/u.test(name) && !startsLikeDuty(name) && !this.backMatter && this.opensList(this.at + 1, null);
  }

  private listOfDuties(marker: Marker): boolean {
    const key = styleKey(marker);
    const frame = this.stack.find((f) => f.key === key);
    return !!frame && frame.marker?.ordinal != null && marker.ordinal === frame.marker.ordinal + 1 && frame.duty.children.length === 0 && (frame.duty.text.length > 16 || /[，,；;。]/u.test(frame.duty.text));
  }

  private continuesList(marker: Marker): boolean {
    if (marker.path) {
      return this.stack.some((f) => f.marker?.path && f.marker.path.length === marker.path!.length);
    }
    const key = styleKey(marker);
    return this.stack.some((f) => f.key === key);
  }

  private item(marker: Marker, rest: string, no: number, offset: number, depth?: number): void {
    if (this.topicPost(marker, rest)) {
      this.startRole(cleanName(withoutNote(rest)), marker.marker + rest, no, marker);
      return this.rememberHeading(marker);
    }
    if (!this.open && this.asideArticle) {
      this.ignored.push({ line: no, text: marker.marker + rest, reason: "article" });
      return;
    }
    if (!this.open) {
      if (this.section?.line != null && this.section.roles.length === 0 && this.dottedHeads.size > 0 && !this.title) {
        // A standard's chapter without roles ("2 规范性引用文件"): its lists are not duties.
        this.ignored.push({ line: no, text: marker.marker + rest, reason: "not-a-duty" });
        return;
      }
      if (this.section?.line != null && this.dottedHeads.size > 0 && this.section.roles.length === 0) {
        this.ignored.push({ line: no, text: marker.marker + rest, reason: "not-a-duty" });
        return;
      }
      this.startRole(this.implicitRoleName(), this.implicitRoleName(), no, null);
      this.implicitRoles.push({ role: this.open!.role, section: this.currentSection() });
    }
    const open = this.open!;
    if (open.skip) {
      this.ignored.push({ line: no, text: marker.marker + rest, reason: open.skip });
      return;
    }
    this.flushSummary(open);
    open.inSummary = false;
    const duty = newDuty(marker, "", no);
    const lineIndent = this.content[this.at]?.no === no ? this.content[this.at]!.indent ?? 0 : 0;
    duty.column = lineIndent + offset + 1;
    this.place(duty, marker, open, depth, offset === 0 ? lineIndent : undefined);
    this.fill(rest, no, offset + marker.length);
  }

  /** Puts a new duty at its level: dotted numbers by their own depth, other styles by the stack. */
  private place(duty: Duty, marker: Marker, open: OpenRole, listDepth?: number, indent?: number): void {
    const key = styleKey(marker);
    let depth = -1; // index in the stack of the new duty's parent
    if (listDepth !== undefined) {
      // Markdown states the nesting: the parent is the nearest item of a shallower list; a top-level
      // list nests by style under the lines numbered in text before it ("一、销售管理" above "1. …").
      depth = findLastIndex(this.stack, (f) => f.depth !== undefined && f.depth < listDepth);
      if (depth < 0) {
        this.closeLists();
        depth = this.styleParent(key);
      }
    } else if (marker.path) {
      const path = marker.path;
      const parent = findLastIndex(this.stack, (f) => !!f.marker?.path && isPrefix(f.marker.path, path));
      if (parent >= 0) depth = parent;
      else {
        const sibling = findLastIndex(this.stack, (f) => !!f.marker?.path && f.marker.path.length === path.length);
        // ("1-1 依採購單…" under "1.收料作業": the first of its numbers goes under the item of the number before its own.)
        const last = findLastIndex(this.stack, (f) => f.marker?.style.kind === "item");
        const owner = this.stack[last]?.marker;
        depth = sibling >= 0 ? sibling - 1 : path.length === 2 && owner && !owner.path && owner.ordinal === path[0] ? last : -1;
      }
    } else {
      depth = this.styleParent(key, marker, indent);
    }
    this.stack.length = depth + 1;
    const siblings = depth >= 0 ? this.stack[depth]!.duty.children : open.block ? open.block.items : open.role.duties;
    siblings.push(duty);
    this.stack.push({ duty, key, marker, lastText: "", depth: listDepth, indent });
  }

  /** The parent's index in the stack by style: a new style nests under the deepest numbered item; unnumbered paragraphs take no numbered children. */
  private styleParent(key: string, marker?: Marker, indent?: number): number {
    const stack = this.stack;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.key !== key) continue;
      if (key === "bullet" && marker && stack[i]!.marker?.marker !== marker.marker) return this.bulletParent(i, marker, indent);
      const open = stack[i]!.indent;
      if (indent === undefined || open === undefined) return i - 1;
      // Indentation tells lists of one style apart (two columns or more): a list restarting at 1
      // indented under an item is nested in it; a line back at a shallower indent ends the nested list.
      if (indent >= open + INDENT_STEP && marker?.ordinal === 1) return stack.length - 1;
      if (indent + INDENT_STEP <= open) {
        for (let j = i - 1; j >= 0; j--) {
          const shallower = stack[j]!.indent;
          if (stack[j]!.key === key && shallower !== undefined && shallower < indent + INDENT_STEP) return j - 1;
        }
      }
      return i - 1;
    }
    // ("(3)组织…" after "① …" and "② …": the next number in another form of the same numerals, as OCR misreads ③; a
    // list nested under an item starts at 1.)
    if (marker && marker.ordinal !== null && marker.ordinal > 1 && writesArabic(marker.style)) {
      const at = findLastIndex(stack, (f) => !!f.marker && writesArabic(f.marker.style));
      if (at >= 0 && stack[at]!.marker!.ordinal === marker.ordinal - 1) return at - 1;
    }
    // (But a paragraph that announces a list takes it: "发现以下情况应停止发货并报质量管理部：a.包装破损…；b.…", or a
    // post's own after its heading, "第六条  副播职责：协助主播完成直播，主要包括：1.…；2.…".)
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.key !== "paragraph" || (i === stack.length - 1 && marker?.ordinal === 1 && /[:：]$/u.test(stack[i]!.lastText))) return i;
    return -1;
  }

  /**
   * The parent of a bullet whose mark differs from the open bullet's at `i`, as the levels of a Word list differ
   * (● over ○ over ■): back at the level of the same mark, if one is open; else a level deeper when the line is
   * indented more or the open item announces a list ("…包括："); else a sibling.
   */
  private bulletParent(i: number, marker: Marker, indent?: number): number {
    const stack = this.stack;
    const same = findLastIndex(stack, (f) => f.key === "bullet" && f.marker?.marker === marker.marker);
    if (same >= 0) return same - 1;
    const open = stack[i]!;
    const last = open.duty.text.charCodeAt(open.duty.text.length - 1);
    if (i === stack.length - 1 && ((indent !== undefined && open.indent !== undefined && indent > open.indent) || last === 0xff1a || last === 0x3a)) return i;
    return i - 1;
  }

  /**
   * "餐饮公司人事行政部" after a gap, over nothing but "2024年3月": the issuer's name under the sheet, no
   * duty (a department heading would have something under it).
   */
  private signsOff(text: string): boolean {
    // (Where it is first: only the sheet's last three lines can be one.)
    if (this.content.length - this.at > 3 || text.length > 30 || !this.afterGap() || this.content[this.at]?.text !== text || !ISSUER.test(text)) return false;
    // ("中共清溪镇委员会" / "清溪镇人民政府" / "2022年4月15日": two issuers, one over the other, then the date.)
    // (Or the issuer, the date and who drew the table up: "制表：周萍　　　　审核：张秀英".)
    return this.content.slice(this.at + 1).every((l) => !l.marker && (isClosing(l.text) || (l.text.length <= 30 && ISSUER.test(l.text)) || formFields(l.text)?.every((f) => f.kind === "signoff") === true));
  }

  /**
   * "渡船核定载客：120人    核定载车：不载车" after a gap under a list that ended a sentence: facts of the sheet's
   * subject, field after field across the line (a box under a wall sheet), no duty.
   */
  private factsAfterList(text: string): boolean {
    if (text.length > 80 || !this.stack.length || !(text.includes("  ") || text.includes("\u3000")) || !this.afterGap() || !TERMINAL.test(this.stack[this.stack.length - 1]!.lastText)) return false;
    const pieces = text.split(/[ \u3000]{2,}/u);
    // (Not a form's fields: "職稱：社會工作督導　　職系：社會工作" opens the next post's form.)
    return pieces.length >= 2 && pieces.every((p) => FACT_PAIR.test(p) && fieldKind(p.slice(0, p.search(/[:：]/u))) === null) && !this.looksLikeRoleAt(this.at);
  }

  /** Whether a blank (or set-aside) line comes between the line being read and the one before it. */
  private afterGap(): boolean {
    const cur = this.content[this.at];
    const prev = this.content[this.at - 1];
    return !!cur && !!prev && cur.no - prev.no > 1;
  }

  /** Markdown: the line being read starts a paragraph, so it wraps no line before it. */
  private freshParagraph(): boolean {
    return this.content[this.at]?.startsParagraph === true;
  }

  /** Markdown: ends the open lists (the stack keeps the lines numbered in text above them). */
  private closeLists(): void {
    const first = this.stack.findIndex((f) => f.depth !== undefined);
    if (first >= 0) this.stack.length = first;
  }

  /** Fills the text of the top duty from `rest`, splitting glued and inline items off it. */
  private fill(rest: string, no: number, offset: number): void {
    const top = this.stack[this.stack.length - 1]!;
    const split = this.findSplit(rest, top);
    const own = split ? rest.slice(0, split.at) : rest;
    appendText(top, own.trim(), no);
    if (!split) return;
    const remainder = rest.slice(split.at);
    const lead = remainder.length - remainder.trimStart().length;
    const restTrim = remainder.trimStart();
    this.lineRest(restTrim, split.marker ?? matchMarker(restTrim), no, offset + split.at + lead);
  }

  /**
   * Reads the rest of a line after a piece of it (a glued item, an inline
   * list, a block heading). A line can hold thousands of pieces, and reading
   * each from inside the call that found it overflowed the stack: the first
   * call reads them in a loop, and the calls inside it queue theirs. Every
   * caller calls this last, so reading a piece a little later changes nothing.
   */
  private lineRest(text: string, marker: Marker | null, no: number, offset: number): void {
    const piece = { text, marker, no, offset };
    if (this.pendingPieces) return void this.pendingPieces.push(piece);
    this.pendingPieces = [piece];
    for (let p = this.pendingPieces.shift(); p; p = this.pendingPieces.shift()) this.line(p.text, p.marker, p.no, p.offset);
    this.pendingPieces = null;
  }

  /**
   * Where the text holds the start of another item: the next number of an
   * open list glued on ("…小組.4.協助…"), an inline list after a colon
   * ("規定:1)…;2)…"), or a block heading ("…；任职要求：1.…").
   */
  private findSplit(rest: string, top: Frame): { at: number; marker: Marker | null } | null {
    // The nearest of the places found (a closure and an object per call cost more than the search, on most lines).
    let bestAt = -1;
    let bestMarker: Marker | null = null;
    const consider = (at: number, marker: Marker | null) => {
      if (at > 0 && (bestAt < 0 || at < bestAt)) {
        bestAt = at;
        bestMarker = marker;
      }
    };
    for (const f of this.stack) {
      const next = f.next === undefined ? (f.next = nextItem(f)) : f.next;
      if (!next) continue;
      if (this.knownAbsent(next.item, rest)) continue;
      let hit = null;
      // (A cheap test first; a miss is remembered either way, for a line of thousands of pieces tests each suffix of it.)
      if (next.chars === null || holdsAny(rest, next.chars)) {
        next.re.lastIndex = 0;
        hit = nextItemIn(rest, next.re, f);
      }
      if (hit) consider(hit.at, hit.marker);
      else this.markAbsent(next.item, rest);
    }
    // "● 维护营业厅秩序…  ● 巡检自助设备…": the open list's bullet again after a wide space, a second item glued on.
    // (A miss is remembered, as the next items' are: a line of many such marks without the space is searched once.)
    const bullet = top.key === "bullet" ? top.marker?.marker.trim() : undefined;
    if (bullet && bullet.length === 1 && !this.knownAbsent(bullet, rest)) {
      let found = false;
      for (let at = rest.indexOf(bullet, 2); at > 0 && !found; at = rest.indexOf(bullet, at + 1)) {
        if (!isSpace(rest.charCodeAt(at - 1)) || !isSpace(rest.charCodeAt(at - 2))) continue;
        const marker = matchMarker(rest.slice(at));
        found = marker?.style.kind === "bullet" && marker.marker.trim() === bullet;
        if (found) consider(at, marker);
        else break;
      }
      if (!found) this.markAbsent(bullet, rest);
    }
    const colon = this.searchRest(COLON, rest) !== null;
    const inline = (colon || this.searchRest(ANNOUNCES_LIST, rest) !== null) && this.searchRest(INLINE_LIST, rest);
    if (inline) {
      const at = inline.index + inline[0].length;
      // ("任职要求：1.3年以上经验；2.…": item 1 about three years, no number 1.3.)
      const marker = matchMarker(rest.slice(at)) ?? itemOneBeforeDigit(rest.slice(at));
      if (marker && marker.ordinal === 1 && !this.stack.some((f) => f.key === styleKey(marker))) {
        const two = nextMarkerPattern(marker.style, 1, marker);
        const next = this.peek();
        // (Or on the next line, when this one breaks off mid-sentence: "…包括：1.每月分析收费率，制定" / "催缴措施；2.…".)
        const wrapped = !!two && !!next && !next.marker && !TERMINAL.test(rest);
        if ((two && this.searchRest(two, rest.slice(at + marker.length))) || (next?.marker && styleKey(next.marker) === styleKey(marker) && next.marker.ordinal === 2) || (wrapped && (two!.lastIndex = 0, two!.test(next!.text)))) {
          consider(at, marker);
        }
      }
    }
    const glued = colon && this.searchRest(GLUED_BLOCK, rest);
    if (glued) consider(glued.index + glued[0].length, null);
    // Another role glued on after a sentence: "…负责回款。会计岗位职责：1.负责记账；…" (a position's name only).
    const role = colon && this.searchRest(GLUED_ROLE, rest);
    if (role && isPositionName(role[1]!)) consider(role.index + role[0].length - role[1]!.length, null);
    return bestAt < 0 ? null : { at: bestAt, marker: bestMarker };
  }

  /**
   * Whether `key` (a pattern, or the next item of an open list) is known to be missing
   * from `rest`. The pieces of a line are suffixes of it, so what one rest
   * lacks every shorter rest of the same line lacks too: remembering that, a
   * line of thousands of pieces is searched to its end once for each thing
   * missing from it, not once for each piece.
   */
  private knownAbsent(key: RegExp | string, rest: string): boolean {
    if (this.absent.at !== this.at) {
      this.absent.at = this.at;
      if (this.absent.upTo.size) this.absent.upTo.clear();
    }
    return (this.absent.upTo.get(key) ?? -1) >= rest.length;
  }

  private markAbsent(key: RegExp | string, rest: string): void {
    if (!this.knownAbsent(key, rest)) this.absent.upTo.set(key, rest.length);
  }

  /** The first match of `re` in `rest` (the rest of the line being read), or null, remembering a miss. */
  private searchRest(re: RegExp, rest: string): RegExpExecArray | null {
    if (this.knownAbsent(re, rest)) return null;
    re.lastIndex = 0;
    const hit = re.exec(rest);
    if (!hit) this.markAbsent(re, rest);
    return hit;
  }

  // ── text without a marker ───────────────────────────────────────────────

  private text(text: string, no: number, offset: number): void {
    const open = this.open;
    if (!open) {
      // ("关于支部委员会委员分工的通知" under the letterhead "…委员会文件" and its number: the notice's own title.)
      const strength = TITLE_WORDS.test(text) ? 1 : isNoticeTitle(text) ? 2 : 0;
      if ((this.title === null || this.titleStrength < strength) && this.roleCount === 0 && isTitleLike(text)) {
        this.setTitle(text, no, strength);
      } else {
        if (this.roleCount === 0 && NOTES_LABEL.test(text) && this.peek()?.no === no + 1 && this.peek()!.marker?.style.kind === "item") this.notesAhead = true;
        this.ignored.push({ line: no, text, reason: this.roleCount === 0 ? "introduction" : isClosing(text) ? "closing" : "text" });
      }
      return;
    }
    if (open.skip) {
      this.ignored.push({ line: no, text, reason: open.skip });
      return;
    }
    // "收银岗：" after a blank line, over a list or a paragraph of its own: a wall sheet's next post (numbered, "2、巡逻岗："
    // under 秩序维护员 is a part of that post's duties).
    if (text.length <= 16 && this.afterGap() && SHORT_POST_LABEL.test(text) && this.peek()?.no === no + 1) return this.startRole(cleanName(text), text, no, null);
    const top = this.stack[this.stack.length - 1];
    if (this.opensGroup(text, top)) {
      this.flushSummary(open);
      open.inSummary = false;
      const duty = newDuty(null, text, no);
      (open.block ? open.block.items : open.role.duties).push(duty);
      this.stack.length = 0;
      this.stack.push({ duty, key: "group", marker: null, lastText: text, indent: this.lineIndent(no) });
      return;
    }
    if (open.inSummary) {
      open.summary.push({ no, text });
      return;
    }
    if (!top) {
      const list = open.block ? open.block.items : open.role.duties;
      // ("我們是…製造商，誠摯邀請…的你加入！" under 工作內容, before its list: the posting's pitch, its summary.)
      if (list.length === 0 && !open.block && (!open.underDutiesHeading || (isPitch(text) && this.peek()?.marker))) {
        // ("主持支部委员会全面工作。①负责召集…；②负责落实…": a sentence on the post, then its list on the same line.)
        const at = text.indexOf("①");
        if (at > 4 && /[。：:]/u.test(text[at - 1]!) && text.includes("②", at)) {
          open.summary.push({ no, text: text.slice(0, at) });
          const rest = text.slice(at);
          return this.lineRest(rest, matchMarker(rest), no, offset + at);
        }
        open.summary.push({ no, text, indent: offset === 0 ? this.lineIndent(no) : undefined });
        return;
      }
      return this.paragraph(list, text, no, offset);
    }
    // "1." alone on its line (a numbered list copied from a web page): the next line is the item's text.
    if (top.duty.text === "" && top.duty.children.length === 0 && top.key !== "paragraph") return this.fill(text, no, offset);
    // "(a) Plan daily work;" over "    編排每日工作；": an English item's Chinese translation, indented under it, is part of it.
    if (top.key !== "paragraph" && isLatin(top.lastText.charCodeAt(0)) && isIdeograph(text.charCodeAt(0)) && (this.content[this.at]?.indent ?? 0) > 0) return this.fill(text, no, offset);
    // ("1. 協助社工籌辦中心活動；" over "   To assist social workers…": so is a Chinese item's English one.)
    // (Its Chinese may start with a number: "24小时内组织围堵措施…；" over "   Organize containment within 24 hours…".)
    if (top.key !== "paragraph" && !isLetter(top.lastText.charCodeAt(0)) && HAN.test(top.lastText) && isLatin(text.charCodeAt(0)) && !HAN.test(text.slice(0, 24)) && (this.content[this.at]?.indent ?? 0) > 0 && top.duty.children.length === 0) return this.fill(text, no, offset);
    // ("１．根据本社方针制定…。" over "    本社方針に基づき…。": and its Japanese one, written in kana as Chinese never is.)
    if (top.key !== "paragraph" && top.duty.children.length === 0 && (this.content[this.at]?.indent ?? 0) > 0 && KANA.test(text) && !KANA.test(top.lastText)) return this.fill(text, no, offset);
    // "工作任务：" between "职责一：招聘计划管理" and its "1.编制…": the label of the list below, not a wrap.
    if (LIST_LABEL.test(text) && this.peek()?.marker?.ordinal === 1 && prevIsTitle(top.lastText)) {
      this.ignored.push({ line: no, text, reason: "heading" });
      return;
    }
    const prev = top.lastText;
    const full = this.wrapWidth !== null && prev.length >= this.wrapWidth - 2;
    // (Not a title that breaks off mid-sentence, after a comma: "二、維護大廳秩序，" / "及時化解客戶矛盾…".)
    // (Or a title glossed in English, "2. 深宵外展 Overnight Outreaching", over a Chinese paragraph.)
    const shortTitle = shortTitleOver(top, text) && top.duty.column === 1
      || (top.key !== "paragraph" && top.duty.children.length === 0 && top.duty.line === top.duty.endLine && isIdeograph(text.charCodeAt(0)) && GLOSSED_TITLE.test(top.duty.text));
    // "    联系第一、第二村民小组" under "    4 负责信访维稳" in a list whose items end with no stop: where the line starts
    // (at an item's number, not past it) says it is a paragraph of that item's list, no wrap.
    const level = full ? -1 : this.paragraphLevel(open);
    if (level >= 0) return this.paragraphBeside(level, "paragraph", text, no, offset);
    // "主要负责案头研究，…搭建数据库" over "协助顾问完成财务分析…，制作图表": lines short of the wrap width that each open with
    // what a post does, and end with no stop (the line read too), are a list typed without numbers or stops, a duty a line.
    // (Or after such a line, one that opens with the words a list is spoken with: "然后 每个月底组织一次盘点…", "最后 闭店前…".)
    // (Cheap tests first: this is asked of every line under an item.)
    const spoken = SPOKEN_FIRST.has(text.charCodeAt(0)) && SPOKEN_NEXT.test(text);
    const unstopped = !full && (spoken || (top.key === "paragraph" && top.duty.line === top.duty.endLine)) && !TERMINAL.test(prev) && !MID_SENTENCE.test(prev)
      && !TERMINAL.test(text) && (spoken || (startsLikeDuty(text) && startsLikeDuty(top.duty.text)));
    if (unstopped) return this.paragraphBeside(this.stack.length - 1, "paragraph", text, no, offset);
    if ((shortTitle && !full) || this.listUnderLabel(top, prev, offset)) {
      this.paragraphUnder(top, text, no, offset);
    } else if ((!TERMINAL.test(prev) || full || this.underFirstLine(top) || this.opensItemsOf(top, prev, text) || this.clauseGoesOn(top, prev, text)) && !this.freshParagraph() && !(LABELED.test(text) && LABELED.test(prev)) && !(CLOCK.test(text) && CLOCK.test(prev))) {
      this.fill(text, no, offset);
    } else {
      // ("  加油作业：…" back at the indent of the group "  上岗前：", after its "    □ …" items: the next group, with
      // its text on its line.)
      const indent = this.lineIndent(no);
      const group = indent === undefined || this.stack[0]?.key !== "group" ? -1 : findLastIndex(this.stack, (f) => f.key === "group" && f.indent === indent);
      if (group >= 0) this.paragraphBeside(group, "group", text, no, offset, indent);
      else this.paragraphBeside(this.stack.length - 1, "paragraph", text, no, offset);
    }
  }

  /** A paragraph under the item `top`, a child with no number, the line read into it. */
  private paragraphUnder(top: Frame, text: string, no: number, offset: number): void {
    const duty = newDuty(null, "", no);
    top.duty.children.push(duty);
    // (Its first line indented, as a paragraph typed under a short title is: "4、家务范围" over "    月嫂只负责…；" / "不负责…。".)
    this.stack.push({ duty, key: "paragraph", marker: null, lastText: "", indent: offset === 0 ? this.lineIndent(no) : undefined });
    this.fill(text, no, offset);
  }

  /** Markdown: whether an item's paragraph of its own (`text`) is the body under the item open, a short title. */
  private titledItem(text: string): boolean {
    const top = this.stack[this.stack.length - 1];
    return !!top && shortTitleOver(top, text);
  }

  /**
   * Whether the line read starts a list without numbers under the item `top`, which ends with a colon: the line and the
   * one below it indented past the item's number alike ("九、每日岗位时间安排：" / "    07:30  到岗…" / "    07:40—08:00 …").
   */
  private listUnderLabel(top: Frame, prev: string, offset: number): boolean {
    const c = prev.charCodeAt(prev.length - 1);
    if (top.key === "paragraph" || (c !== 0xff1a && c !== 0x3a) || top.duty.children.length > 0 || offset !== 0) return false;
    const indent = this.lineIndent(this.content[this.at]!.no);
    const next = this.peek();
    return indent !== undefined && indent >= (top.indent ?? 0) + 2 && !!next && !next.marker && next.indent === indent && !!next.text;
  }

  /**
   * Whether the line read is the last clause of the item `top`, wrapped after a semicolon, with the item's next sibling
   * below it ("六、发现溺水者…，同时通知医务室及值班经理；" / "对救起人员按急救程序…处置。" / "七、…").
   */
  private clauseGoesOn(top: Frame, prev: string, text: string): boolean {
    const c = prev.charCodeAt(prev.length - 1);
    if (top.key === "paragraph" || (c !== 0xff1b && c !== 0x3b) || !top.marker || top.marker.ordinal === null || top.duty.children.length > 0) return false;
    const next = this.peek()?.marker;
    return !!next && styleKey(next) === top.key && next.ordinal === top.marker.ordinal + 1 && !next.path;
  }

  /**
   * Whether the line read goes on with the item `top` after a semicolon and introduces that item's own points below
   * ("职责三：指导…，及时解答业务问题；" / "对采集的数据进行审核，审核要点包括：" / "a. 人口数…").
   */
  private opensItemsOf(top: Frame, prev: string, text: string): boolean {
    if (top.key === "paragraph" || !/[；;]$/u.test(prev) || !/[:：]$/u.test(text) || top.duty.children.length > 0) return false;
    const next = this.peek()?.marker;
    return !!next && next.style.kind === "item" && next.ordinal === 1 && styleKey(next) !== top.key;
  }

  /**
   * Whether the line read goes on with the paragraph `top` after a stop, as a paragraph typed with its first line
   * indented goes on at the margin ("    全面主持社工站工作。负责…；" / "负责站内人员管理…").
   */
  private underFirstLine(top: Frame): boolean {
    return top.key === "paragraph" && (top.indent ?? 0) >= 2 && this.content[this.at]?.indent === 0;
  }

  /** An unnumbered duty beside the frame at `level` of the stack (in the list that frame's duty is in), the line read into it. */
  private paragraphBeside(level: number, key: "paragraph" | "group", text: string, no: number, offset: number, indent?: number): void {
    const open = this.open!;
    const duty = newDuty(null, "", no);
    if (level > 0) this.stack[level - 1]!.duty.children.push(duty);
    else (open.block ? open.block.items : open.role.duties).push(duty);
    this.stack.length = level;
    this.stack.push({ duty, key, marker: null, lastText: "", indent });
    this.fill(text, no, offset);
  }

  /** The white space before line `no` when it is the line being read (plain text), else undefined. */
  private lineIndent(no: number): number | undefined {
    return this.content[this.at]?.no === no ? this.content[this.at]!.indent : undefined;
  }

  /**
   * The frame whose list an unmarked line indented as far as that frame's number starts a paragraph of, or -1: only in
   * a sheet that is not hard-wrapped, and when the open list's items are one line each and none ends with a stop (so
   * that no stop at the end of the last says it wraps on).
   */
  private paragraphLevel(open: OpenRole): number {
    const indent = this.content[this.at]?.indent ?? 0;
    if (this.wrapWidth !== null || indent === 0) return -1;
    const top = this.stack.length - 1;
    const list = top > 0 ? this.stack[top - 1]!.duty.children : open.block ? open.block.items : open.role.duties;
    if (list.length < 2 || !list.every((d) => d.line === d.endLine && !TERMINAL.test(d.text))) return -1;
    for (let k = top; k >= 0; k--) {
      const frame = this.stack[k]!;
      if (frame.key === "paragraph" || !frame.marker) return -1;
      if (frame.duty.column - 1 === indent) return k;
      if (frame.duty.column - 1 < indent) return -1;
    }
    return -1;
  }

  /**
   * "营业前：", "【生产管理】", "早班（7:00－15:00）" over a list that starts at 1:
   * a group of the role's duties, the list under it, as "一、生产管理" is.
   * Before the role's first item only a label that says so (a colon, brackets,
   * a time of day); after an item only when that item has ended.
   */
  private opensGroup(text: string, top: Frame | undefined): boolean {
    const next = this.peek()?.marker;
    const bullets = next?.style.kind === "bullet";
    // ("人员管理：" over "3、…" after group "行政管理：" and its "1、…2、…": the next group, its numbers running on.)
    const runsOn = !bullets && next?.style.kind === "item" && this.stack[0]?.key === "group" && this.expects(next);
    if (!bullets && !runsOn && (next?.style.kind !== "item" || next.ordinal !== 1)) return false;
    if (text.length > 20 || /[，,。；;！!？?]|负责|負責|^(?:在|由|对|對|按|根据|根據|为|為|向|将|將|把)/u.test(text) || INTRODUCES_LIST.test(text)) return false;
    const marked = GROUP_LABEL.test(text) || this.content[this.at]?.strongLabel === true;
    // (Not the end of a sentence wrapped at the page's width: "…集中统一领导。主要" / "职责是：".)
    if (this.wrapWidth !== null && this.wrappedBefore()) return false;
    // Over bullets, which do not restart as numbers do, only when another such group follows ("每日工作：" … "每周工作：").
    if (bullets && !(marked && (this.stack[0]?.key === "group" || this.groupAhead()))) return false;
    if (!top) return marked && text.length <= 16 && !this.open!.block;
    // (Under a group, "营业中：" over a list that starts again: the next group, though the item before has no full stop.)
    // (Or the next "**客房清扫**" after a group "**清扫前准备**" and its items: a paragraph of its own, no wrap.)
    return (TERMINAL.test(top.lastText) || (this.stack[0]!.key === "group" && (/[:：]$/u.test(text) || this.content[this.at]?.strongLabel === true))) && (marked || this.stack[0]!.key === "group");
  }

  /** Whether the line before the one being read runs to the page's width and ends no sentence: a hard wrap. */
  private wrappedBefore(): boolean {
    const prev = this.content[this.at - 1];
    const here = this.content[this.at];
    return !!prev && !!here && prev.no === here.no - 1 && !prev.marker && prev.text.length >= this.wrapWidth! - 2 && !TERMINAL.test(prev.text);
  }

  /** Whether another group's label over bullets comes before the next role (a look 30 lines ahead). */
  private groupAhead(): boolean {
    for (let k = this.at + 2; k < this.content.length && k < this.at + 32; k++) {
      const l = this.content[k]!;
      if (l.marker?.style.kind === "part" || (!l.marker && roleHeading(l.text)?.explicit)) return false;
      if (!l.marker && l.text.length <= 20 && (GROUP_LABEL.test(l.text) || l.strongLabel) && this.content[k + 1]?.marker?.style.kind === "bullet") return true;
    }
    return false;
  }

  /**
   * Whether a numbered block heading is one of the numbered parts of the open post's form: the first when the next
   * line of its numbering heads a part of another kind, the rest by their numbering ("1. 内部关系：…" then "2. 外部关系：…"
   * are items of one block, no parts).
   */
  private numberedPart(marker: Marker, kind: BlockKind): boolean {
    const open = this.open!;
    const key = styleKey(marker);
    if (open.partsKey !== undefined) return open.partsKey === key;
    if (open.block || open.role.duties.length) return false;
    for (let k = this.at + 1; k < Math.min(this.at + 40, this.content.length); k++) {
      const m = this.content[k]!.marker;
      if (!m || styleKey(m) !== key) {
        if (m?.style.kind === "part" || (!m && roleHeading(this.content[k]!.text)?.explicit)) return false;
        continue;
      }
      const next = blockHeading(this.content[k]!.text.slice(m.length));
      if (!next || next.kind === kind || m.ordinal !== marker.ordinal! + 1) return false;
      open.partsKey = key;
      return true;
    }
    return false;
  }

  /**
   * A form's label alone on its line ("職務類別", "工作待遇") over its value ("月薪 36,000~45,000元"), as a job board's
   * page copies: the role's field, its label set aside as a heading. False for anything else.
   */
  private fieldOverValue(label: string, no: number): boolean {
    const kind = fieldKind(label);
    const next = this.nextInPart();
    if (kind === null || kind === "role" || !next || blockHeading(label) || next.marker || next.heading !== undefined || next.text.length > 60 || /^[:：]/u.test(next.text) || fieldKind(next.text) !== null || formField(next.text) || blockHeading(next.text)) return false;
    if (this.open!.block?.type === "requirements" && REQUIREMENT_LABEL.test(label)) return false;
    this.ignored.push({ line: no, text: label, reason: "heading" });
    this.at++; // (the value's line, read here)
    const field = [{ kind, label, value: next.text }];
    if (!this.fields(field, next.text, next.no)) this.ignored.push({ line: next.no, text: next.text, reason: "text" });
    return true;
  }

  /** Whether one of the next three lines is item `ordinal` of the list that `marker` numbers. */
  private numberAhead(marker: Marker, ordinal: number): boolean {
    for (let k = this.at + 1; k < Math.min(this.at + 4, this.content.length); k++) {
      const m = this.content[k]!.marker;
      if (m) return m.ordinal === ordinal && sameKey(m, marker);
    }
    return false;
  }

  /** The next line, when this reading may take it along with the line being read (not past the end of its part: readTo). */
  /**
   * The post or unit an article wrapped at the page's width names when its last line announces the list
   * ("…。主要职责是："), and how many lines after the article's first it takes; null when it names none.
   */
  private wrappedArticle(rest: string): { name: string; lines: number } | null {
    let joined = rest;
    for (let i = 1; i <= 3 && this.at + i < this.readEnd; i++) {
      const line = this.content[this.at + i]!;
      if (line.marker || line.heading !== undefined) return null;
      joined += line.text;
      if (/[:：]$/u.test(line.text)) {
        const whole = roleHeading(joined);
        return whole?.name && whole.explicit ? { name: whole.name, lines: i } : null;
      }
      // (A line that ends a sentence or a clause is no line cut at the page's width.)
      if (/[。；;]$/u.test(line.text)) return null;
    }
    return null;
  }

  /** The title as the line being read and the next one together, the next set aside as read here. */
  private titleOverTwoLines(text: string, no: number): void {
    const next = this.content[++this.at]!;
    this.setTitle(text + next.text, no, 2);
    this.ignored.push({ line: next.no, text: next.text, reason: "heading" });
  }

  /** Whether the line after `text` ends it as a title wrapped at the page's width: a few words that end a title, then a gap. */
  private wrappedTitle(text: string): boolean {
    const next = this.content[this.at + 1]!;
    const after = this.content[this.at + 2];
    // (Not "岗位职责" or "职责说明书" under the firm's name: a title of its own.)
    return !next.marker && next.heading === undefined && next.text.length <= 8 && (after === undefined || after.no > next.no + 1) && TITLE_WORDS.test(next.text) && !/^(?:岗位|崗位|职责|職責|工作)/u.test(next.text) && isTitleLike(text) && isTitleLike(text + next.text);
  }

  private nextInPart(): SourceLine | null {
    return this.at + 1 < this.readEnd ? this.content[this.at + 1] ?? null : null;
  }

  /** Sets the next line (nextInPart) aside with `reason`, read along with the line being read. */
  private setNextAside(reason: string): void {
    const next = this.content[++this.at]!;
    this.ignored.push({ line: next.no, text: next.text, reason });
  }

  private peek(): SourceLine | null {
    return this.content[this.at + 1] ?? null;
  }
}

// ── helpers ──────────────────────────────────────────────────────────────

/** The next item of the list open at `frame`, glued on inside `rest`: found by `re`, after sentence punctuation unless the style needs none. */
function nextItemIn(rest: string, re: RegExp, frame: Frame): { at: number; marker: Marker } | null {
  const style = frame.marker!.style;
  const loose = style.id === "arabic-close" || style.id === "arabic-paren" || style.kind === "item" && /enclosed|circled|stop/u.test(style.id);
  for (let hit = re.exec(rest); hit; hit = re.exec(rest)) {
    const before = rest.slice(0, hit.index);
    if (!before.trim()) continue;
    const glued = !loose && !/[。；;.．！!？?，,\s)）]$/u.test(before) && style.id !== "arabic-bare";
    if (glued && (style.id !== "arabic" || !isIdeograph(before.charCodeAt(before.length - 1)))) continue;
    // (A dotted number only after a sentence's end: "见3.3.3" inside a sentence points to a clause.)
    if (style.id === "dotted" && !endsSentence(before.trimEnd())) continue;
    const marker = matchMarker(rest.slice(hit.index));
    // "…及報價2.跟進訂單…": the next number between two words, glued on with no punctuation (not "2.5倍", "3.0版").
    if (glued && (!marker || !/[.．、]/u.test(marker.marker) || !isIdeograph(rest.charCodeAt(hit.index + marker.length)))) continue;
    if (marker && styleKey(marker) === frame.key) return { at: hit.index, marker };
  }
  return null;
}

// By style and marker as written, which fix the ordinal and the nesting key: most items of a sheet share a few markers.
const nextItems = new Map<MarkerStyle, Map<string, NextItem | null>>();

/** A CJK ideograph of the basic block. */
function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Whether a text ends with sentence punctuation (a quick test before SENTENCE_END looks all through it). */
function endsSentence(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 0xff1b || c === 0x3002 || c === 0x3b || c === 0xff01 || c === 0x21 || c === 0xff1f || c === 0x3f;
}

/** A short heading without the spaces that spread it out ("总  则" → 总则); a longer text trimmed only. */
function unspacedTitle(text: string): string {
  const t = text.trim();
  return t.length <= 12 ? t.replace(/[ \t\u3000]+/gu, "") : t;
}

/** Whether a heading's text names rules ("护理工作制度", "查对制度"), not a duty that acts on them ("严格执行交接班制度"). */
/** Whether the item `top` is a short title with nothing under it yet, and `text` a paragraph long enough to be its body. */
function shortTitleOver(top: Frame, text: string): boolean {
  return top.duty.text.length <= 20 && !TERMINAL.test(top.duty.text) && !MID_SENTENCE.test(top.duty.text) && top.duty.children.length === 0
    && top.duty.line === top.duty.endLine && text.length > top.duty.text.length * 2 && top.key !== "paragraph";
}

function isRulesTitle(text: string): boolean {
  // (Cheap test first: such a title is short and ends with one of 度 定 則 则 知 约 約 律 编 編 置 制.)
  if (text.length > 16 || !RULES_LAST.has(text.charCodeAt(text.length - 1))) return false;
  if (POSTS_LIST.test(text) || PLEDGES.test(text)) return true;
  return !text.includes("职责") && !text.includes("職責") && RULES_TITLE.test(text) && !ACTS_ON_RULES.test(text);
}

const RULES_LAST = new Set([..."度定則则知约約律编編置制项項法诺諾线線忌"].map((c) => c.charCodeAt(0)));

// A shop's or a branch's pledges to its customers ("门店服务承诺" over "1. 房源真实，明码标价"), no post's duties.
const PLEDGES = /^(?:门店|門店|本店|本行|网点|網點|窗口)?(?:服务|服務)承(?:诺|諾)$/u;

// The words a list is spoken with, opening its next point: "然后", "还有就是", "最后", in Cantonese "跟住", "仲有".
const SPOKEN_NEXT = /^(?:然后|然後|还有就是|還有就是|最后|最後|跟住|仲有)|^(?:还有|還有|另外)[\s，,]/u;
const SPOKEN_FIRST = new Set([..."然还還最跟仲另"].map((c) => c.charCodeAt(0)));

// The heading of an overview of a unit or of its posts ("科室概况", "岗位一览", "团队介绍").
const OVERVIEW_TITLE = /^[\u4e00-\u9fff]{0,6}(?:概况|概況|简介|簡介|介绍|介紹|一览|一覽|总览|總覽)$/u;

// The heading of a department's list of its posts and their numbers ("（二）岗位设置"), set aside as rules are.
const POSTS_LIST = /^(?:岗位设置|崗位設置|定岗定编|定崗定編|人员编制|人員編制|人员配置|人員配置|岗位编制|崗位編制)$/u;

function holdsAny(text: string, chars: readonly string[]): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i]!)) return true;
  return false;
}

/** How to find the next item of the list open at `frame` inside a line, or null when a list of its kind is never glued. */
function nextItem(frame: Frame): NextItem | null {
  const m = frame.marker;
  if (!m || m.ordinal === null) return null;
  let byMarker = nextItems.get(m.style);
  if (!byMarker) nextItems.set(m.style, (byMarker = new Map()));
  let next = byMarker.get(m.marker);
  if (next === undefined) byMarker.set(m.marker, (next = newNextItem(frame, m as Marker & { ordinal: number })));
  return next;
}

function newNextItem(frame: Frame, m: Marker & { ordinal: number }): NextItem | null {
  const re = nextMarkerPattern(m.style, m.ordinal, m);
  if (!re) return null;
  // Keyed by what is looked for: the lists restarted under each glued block heading of a line look for the same item.
  return { re, item: `${frame.key}\u0000${re.source}`, chars: mustHold(m.style.id, m.ordinal + 1, m.number ?? "") };
}

/** A cheap test before a regex scan: characters one of which a text must hold to hold the next marker of this style. */
function mustHold(style: string, next: number, number: string): string[] | null {
  if (style.startsWith("arabic") && style !== "arabic-enclosed" && style !== "arabic-stop") {
    return [String(next % 10), String.fromCharCode(0xff10 + (next % 10))];
  }
  if (style === "cn" || style === "cn-paren") return [toChinese(next).slice(-1)];
  if (style === "dotted") {
    // The next number as written, its prefix included ("8.1.3" after "8.1.2"), ASCII or full-width dots.
    const prefix = number.slice(0, Math.max(number.lastIndexOf("."), number.lastIndexOf("．"), number.lastIndexOf("-"), number.lastIndexOf("－")) + 1);
    return [`${prefix}${next}`];
  }
  return null;
}

/**
 * "负责机关运转，主要包括：1.文电处理；2.会务组织；" read as a paragraph of a role with no list: the items of
 * its inline list become its children, as they do in a list, and the paragraph keeps the words before them.
 */
function splitInlineList(duty: Duty): void {
  const text = duty.text;
  const head = INLINE_LIST.exec(text);
  if (!head) return;
  const first = matchMarker(text.slice(head.index + head[0].length));
  if (!first || first.ordinal !== 1) return;
  const starts = [{ at: head.index + head[0].length, marker: first }];
  for (let prev = starts[0]!; ;) {
    const re = nextMarkerPattern(prev.marker.style, prev.marker.ordinal!, prev.marker);
    if (!re) break;
    re.lastIndex = prev.at + prev.marker.length;
    let found: { at: number; marker: Marker } | null = null;
    for (let hit = re.exec(text); hit && !found; hit = re.exec(text)) {
      const marker = /[。；;，,、\s]$/u.test(text.slice(0, hit.index)) ? matchMarker(text.slice(hit.index)) : null;
      if (marker && styleKey(marker) === styleKey(first)) found = { at: hit.index, marker };
    }
    if (!found) break;
    starts.push((prev = found));
  }
  if (starts.length < 2) return;
  duty.text = text.slice(0, starts[0]!.at).trim();
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : text.length;
    const child = newDuty(s.marker, text.slice(s.at + s.marker.length, end).trim(), duty.line);
    child.endLine = duty.endLine;
    duty.children.push(child);
  });
}

/**
 * "1.3年以上经验；2.熟悉…": item 1 of a list on one line, its text starting with a digit (no number 1.3), when item 2
 * follows after a sentence's end; null otherwise.
 */
function itemOneBeforeDigit(text: string): Marker | null {
  if (!/^[1１][.．][0-9]/u.test(text)) return null;
  const one = matchMarker(`${text.slice(0, 2)}x`);
  if (!one) return null;
  const two = nextMarkerPattern(one.style, 1, one);
  if (!two) return null;
  two.lastIndex = 0;
  for (let hit = two.exec(text); hit; hit = two.exec(text)) if (/[。；;]\s*$/u.test(text.slice(0, hit.index))) return one;
  return null;
}

function newDuty(marker: Marker | null, text: string, no: number): Duty {
  return {
    kind: "duty", id: "", number: marker?.number ?? null, ordinal: marker?.ordinal ?? null,
    style: marker?.style.id ?? null, marker: marker?.marker ?? null, text, line: no, endLine: no, column: 1, children: [],
  };
}

function appendText(frame: Frame, piece: string, no: number): void {
  if (!piece) return;
  frame.duty.text += separator(frame.lastText, piece) + piece;
  frame.duty.endLine = Math.max(frame.duty.endLine, no);
  frame.lastText = frame.duty.line === no && frame.lastText ? frame.lastText + piece : piece;
}

/** Whether two names are one post's, as a heading and a form write it: "HRBP（人力资源业务伙伴）" and "HRBP". */
function sameName(a: string, b: string): boolean {
  const bare = (s: string) => s.replace(/[(（][^()（）]*[)）]$/u, "").trimEnd();
  return a === b || bare(a) === bare(b);
}

/** Joins wrapped pieces with nothing between them, or a space between two Latin words. */
export function joinText(pieces: string[]): string {
  const kept = pieces.filter(Boolean);
  return kept.map((piece, i) => (i > 0 ? separator(kept[i - 1]!, piece) : "") + piece).join("");
}

/**
 * What goes between two wrapped pieces, read from the piece before (the last
 * line of a duty's text ends it): reading the end of a text joined from
 * thousands of lines flattened it each time, and took time with the square.
 */
function separator(before: string, after: string): string {
  return before && isLatin(before.charCodeAt(before.length - 1)) && isLatin(after.charCodeAt(0)) ? " " : "";
}

/** An ASCII letter (isLatin counts digits too). */
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLatin(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Nesting key: the style, with letter case for Latin letters (A. above a.). */
export function styleKey(m: Marker): string {
  const id = m.style.id;
  // (Tested by its first letter first: this runs for every item.)
  if (id.charCodeAt(0) === 0x6c && id.startsWith("latin") && m.number && /[A-Z]/u.test(m.number)) return `${id}-upper`;
  // ("3核对…" then "4 负责…": a bare number and one with a space after it are one style, as typed by the same hand.)
  if (id === "arabic-space") return "arabic-bare";
  return id;
}

/** The separator a marker is written with ("、" of "1、", "." of "1." and "1．"), or "" for none. */
function separatorOf(m: Marker | null): string {
  const last = m ? m.marker.charAt(m.marker.length - 1) : "";
  return last === "．" ? "." : /[\p{L}\p{N}]/u.test(last) ? "" : last;
}

function sameKey(a: Marker, b: Marker): boolean {
  return styleKey(a) === styleKey(b);
}

function isPrefix(prefix: number[], path: number[]): boolean {
  return prefix.length < path.length && prefix.every((v, i) => v === path[i]);
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

/**
 * The last word of a line when it names a position's duties ("第五条 车间主任职责："
 * → "车间主任职责："), else null. (A pattern that looked for it from the start
 * of the line took time with the square of a long last word.)
 */
// How a post's summary label starts: 岗位概述, 職位概要, 工作概述…
const SUMMARY_LABEL_FIRST = new Set([..."岗崗职職工"].map((c) => c.charCodeAt(0)));
const NAMED_DUTY_FIRST = new Set([..."职職工具"].map((c) => c.charCodeAt(0)));
// A post, a dash and the people who hold it: "主播 —— 林可欣（1号间）、苏苏（2号间）", "助播 — 周周".
// A fact as a form gives it: "救生衣：135件", "核定载车：不载车".
const FACT_PAIR = /^[^\s:：，,。；;]{2,8}[:：][^\s:：，,。；;]{1,12}$/u;
// A preamble that says why the sheet was drawn up: "为明确各岗位分工，…，特制定本岗位职责。".
const PREAMBLE = /^(?:为|為)[^。]{4,80}(?:特|现|現)?(?:制定|制订|制訂|编制|編制|修订|修訂)(?:本|此)/u;
// The sheet's version alone in brackets: "（2024版）", "(试行)".
const SHEET_VERSION = /^[(（](?:[0-9０-９]{4}\s*年?(?:版|修订版|修訂版)|试行|試行|暂行|暫行|修订稿|修訂稿|第[一二三四五六七八九十0-9]+版)[)）]$/u;
// A preface's label, its text after the colon: "编制说明：…", "前言：…".
const PREFACE_LABEL = /^(?:编制说明|編制說明|编制目的|編制目的|编制依据|編制依據|前言|序言|引言)\s*[:：]/u;
// A tracked change's note in a Word document's margin: "批注 [HR1]: …", "删除的内容: …", "带格式的: 缩进…", "已刪除: …",
// "註解 [W1]: …".
// How REVISION_NOTE's lines start: its cheap test, as every line at the margin is asked.
const REVISION_FIRST = new Set([..."批注註删刪带帶插已格["].map((c) => c.charCodeAt(0)));
// (The comment's mark may hold its author's name, "批注 [张伟2]:", or come before it: "[CL1]Carmen Lau：…".)
const REVISION_NOTE = /^(?:(?:批注|批註|注释|註解)\s*\[[^\]\s]{1,8}[0-9]{1,3}\]|\[(?:[A-Za-z]{1,4}|批注|批註|註解|注释)[0-9]{1,3}\]\s*[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff .]{0,20}(?=[:：])|删除的内容|刪除的內容|带格式的|帶格式的|插入的内容|插入的內容|已删除|已刪除|已格式化|已插入|格式化的)\s*[:：]/u;
/** Where a tracked change's note glued after a wide gap starts in a line ("…一次：      删除的内容: 每季度"), or -1. */
function gluedRevision(text: string): number {
  for (let at = text.indexOf("   "); at > 0; at = text.indexOf("   ", at + 1)) {
    let k = at;
    while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000)) k++;
    if (k < text.length && REVISION_NOTE.test(text.slice(k, k + 24))) return k;
    at = k;
  }
  return -1;
}

// A notice to the sheet's readers, alone on its line: "温馨提示：".
const NOTICE_HEAD = /^(?:温馨|溫馨|友情|特别|特別|重要)(?:提示|提醒)\s*[:：]?$/u;
// A post named for what its holder does: 监票人, 唱票人, 代书人, 引导员.
const DOER = /^[\u4e00-\u9fff]{2,7}[人员員]$/u;
const HOLDERS_AFTER_DASH = /^([^\s—–\-－，,。；;:：]{2,16})[ \u3000]*(?:——|—|－－|--)[ \u3000]*(?=[\u4e00-\u9fff]{2,3}(?:[（(、,，]|$)|[（(][^（）()]{2,20}[)）]$)/u;

// A post, a colon, the person who holds it with a title, and the post in English: "副校長（學與教）：何志明博士 Vice-Principal …".
// (Or with the holder's telephone after a wide space: "一、村级动物防疫员：李小军　　联系电话：139****5621".)
const HOLDER_AFTER_COLON = /^([^\s:：，,。；;]{2,16})[:：][ \u3000]*[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3}){0,4}(?:博士|女士|先生|小姐|老師|老师|教授)?(?:[（(][^（）()]{1,12}[)）])?(?:[ \u3000]+([A-Za-z][A-Za-z .,&'()/-]*)|[ \u3000]{2,}(?:联系电话|聯絡電話|联系方式|聯絡方式|电话|電話|手机|手機)[:：][0-9*＊×xX\- ]{3,20})?$/u;

/** What follows a post's name of up to sixteen characters: a dash (1), a colon (2), or neither (0). */
/** Whether an ideograph comes first after the line's first colon (and the white space after it). */
function nameAfterColon(text: string): boolean {
  let k = text.search(/[:：]/u) + 1;
  while (k > 0 && k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x3000)) k++;
  return k > 0 && isIdeograph(text.charCodeAt(k));
}

/** The post before the people who hold it in a bracket ("发票人（吴小军、郑海燕）" → "发票人"), or null. */
function beforePeople(text: string): string | null {
  const post = withoutNote(text);
  return post !== text && PEOPLE.test(text.slice(post.length + 1, -1)) ? post : null;
}

/** The post before a bar and the people after it ("会长｜陈思远", "副会长｜林小雨、赵磊"), or null. */
function barredPost(text: string): string | null {
  const bar = text.indexOf("｜");
  if (bar < 2 || bar > 16) return null;
  return PEOPLE.test(text.slice(bar + 1).trim()) ? text.slice(0, bar).trim() : null;
}
// People's names, two or three characters each, between 、 or commas.
const PEOPLE = /^[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3}){0,5}$/u;

function holderSeparator(text: string): number {
  for (let i = 2; i < text.length && i <= 18; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2014 || c === 0xff0d || (c === 0x2d && text.charCodeAt(i + 1) === 0x2d)) return 1;
    if (c === 0xff1a || c === 0x3a) return 2;
  }
  return 0;
}

/** What comes before a person's name of two or three characters after spaces ("党工委书记　张某某"), or null. */
/**
 * A member unit's article named before its colon, "市水利局：" (over its list) or "市应急管理局：组织指导…" (its duty after
 * the colon): the unit, named as explicitly as "XX职责：" names a post.
 */
function unitHeading(text: string): { name: string; explicit: boolean } | null {
  const t = text.trimEnd();
  if (t.length < 4 || t.length > 17 || !/[:：]$/u.test(t)) return null;
  const name = t.slice(0, -1).trim();
  return isBureauName(name) || isDepartmentName(name) ? { name, explicit: true } : null;
}

/** Whether a line is a requirement after its label: "学历：本科及以上", "学位：学士及以上", "专业：会计学". */
function requirementLine(text: string): boolean {
  // (The label's first words first: a test of the line's first characters, which rules out nearly every line.)
  if (text.length > 120 || !REQUIREMENT_LABEL.test(text)) return false;
  const colon = text.slice(0, 7).search(/[:：]/u);
  return colon >= 2 && colon < text.length - 1;
}

/** Whether a text is only people's short names or nicknames, as a chat names them: "小雅、琪琪", "阿凯 / 小林", "大伟". */
function nicknames(text: string): boolean {
  const names = text.trim().split(/\s*[、，,/／]\s*|\s+/u);
  return names.length <= 4 && names.every((n) => n.length >= 2 && n.length <= 3 && HAN_ONLY.test(n) && !endsLikePosition(n) && !isDepartmentName(n));
}
const HAN_ONLY = /^[\u4e00-\u9fff]+$/u;

// A person's professional title, which a team's roster writes after the name: "全科主治医师", "副教授", "助理研究员".
// (With the degree after it: "讲师（博士）".)
const PROFESSIONAL_TITLE = /(?:医师|醫師|护师|護師|药师|藥師|技师|技師|教授|讲师|講師|工程师|工程師|会计师|會計師|经济师|經濟師|研究员|研究員)(?:[(（][^()（）]{1,6}[)）])?$/u;

function beforePerson(text: string): string | null {
  // (Or several people, each after a space: "派件员 小刘 老王 阿强": the last dropped while another name stands before it.)
  let head = text.trimEnd();
  // ("★团队长（全科医生）  陈志刚  全科主治医师": the person's professional title after the name, past a wide space.)
  const gap = head.lastIndexOf("  ");
  if (gap > 0 && head.length - gap <= 10 && PROFESSIONAL_TITLE.test(head)) head = head.slice(0, gap).trimEnd();
  // ("党组成员、副主任  刘  芳": a name of two characters spaced out to the width of three.)
  head = joinSpacedName(head);
  for (let k = 0; k < 3; k++) {
    const space = lastSpace(head);
    if (space < 2 || !isPersonName(head.slice(space + 1))) break;
    const before = head.slice(0, space).trimEnd();
    const previous = lastSpace(before);
    if (previous < 2 || !isPersonName(before.slice(previous + 1))) break;
    head = before;
  }
  const space = lastSpace(head);
  let name = head.slice(space + 1);
  // ("办事处副主任　刘某某（挂职）": a note on how the person holds the post.)
  const open = closesBracket(name) ? Math.max(name.lastIndexOf("（"), name.lastIndexOf("(")) : -1;
  // (Or another post that the person holds as well: "主任　刘桂芳（兼社区党委副书记）".)
  if (open > 0 && (name.length - open <= 10 || (name.length - open <= 16 && name.charCodeAt(open + 1) === 0x517c))) name = name.slice(0, open);
  // (Or the people who take turns at it: "值班经理 王磊/陈思远/刘洋（轮值）", "值班经理  王磊（白班）／陈晓燕（夜班）".)
  // (Or the people named as their colleagues call them: "烘焙师 小周、阿敏".)
  if (space < 2 || !(isPersonName(name) || ((name.includes("/") || name.includes("／")) && name.split(/[/／]/u).every((n) => isPersonName(withoutNote(n)))) || (name.includes("、") && nicknames(name)))) return null;
  return head.slice(0, space).trimEnd();
}

/** "党组成员、副主任  刘  芳" → "党组成员、副主任 刘芳": a name of two characters spaced out at the end, after a wide space. */
function joinSpacedName(head: string): string {
  const n = head.length;
  if (n < 6 || !isIdeograph(head.charCodeAt(n - 1))) return head;
  let i = n - 2;
  while (i >= 0 && n - 2 - i < 3 && isSpace(head.charCodeAt(i))) i--;
  if (i === n - 2 || i < 2 || !isIdeograph(head.charCodeAt(i)) || !isSpace(head.charCodeAt(i - 1)) || !isSpace(head.charCodeAt(i - 2))) return head;
  return head.slice(0, i).trimEnd() + " " + head[i]! + head[n - 1]!;
}

/** Where the last space (ASCII or ideographic) of a text is, or -1. */
function lastSpace(text: string): number {
  return Math.max(text.lastIndexOf(" "), text.lastIndexOf("\u3000"));
}

/** Whether a word is a person's name as a sheet writes it: two or three ideographs. */
function isPersonName(word: string): boolean {
  return word.length >= 2 && word.length <= 3 && [...word].every((c) => isIdeograph(c.charCodeAt(0)));
}

/** What comes after a person's name of two or three characters and spaces ("王桂芳  村党支部委员…"), or null. */
function afterPerson(text: string): string | null {
  let i = 0;
  while (i < text.length && i < 4 && isIdeograph(text.charCodeAt(i))) i++;
  if (i < 2 || i > 3) return null;
  let j = i;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x3000)) j++;
  // (Not a post and another after a slash: "營業員 / 物業顧問".)
  return j > i && j < text.length && isIdeograph(text.charCodeAt(j)) ? text.slice(j) : null;
}

// A titled duty's description (group 1) or the label of its tasks: "职责描述：", "工作任务：".
const NAMED_DUTY_PART = /^(?:(职责描述|職責描述|职责说明|職責說明)|工作任务|工作任務|具体任务|具體任務)(?:\s*[:：]\s*|\t+)/u;
// The label of a titled duty's statement in a Word form's row: "职责表述：客服团队管理".
const DUTY_STATEMENT = /^(?:职责表述|職責表述|职责名称|職責名稱)\s*[:：]\s*/u;

// A unit or a post, then its duties after a full stop or a colon: "办公室。负责…", "庭長：綜理…".
// (With a second name in brackets: "乡村振兴股（农村社会事业促进股）。承担…".)
const LISTED_UNIT = /^([^\s，,。；;:：、()（）]{2,10}(?:[(（][^\s()（）。；;:：]{2,12}[)）])?)[。：:]\s*(?=\S)/u;
// How a unit's or an officer's duties start, besides the duty verbs: "拟订…", "承担…", "綜理…", "擔任…", "依法…".
const UNIT_VERB = /^(?:拟订|擬訂|拟定|擬定|承担|承擔|综理|綜理|担任|擔任|依法|掌理|研究|指导|指導|主管|分管|协调|協調|襄助|辅佐|輔佐|规划|規劃|承[^，,。]{1,8}之命)/u;

function startsUnitDuties(text: string): boolean {
  return startsLikeDuty(text) || DUTY_VERB.test(text) || UNIT_VERB.test(text);
}

// A post's grade and head count in a bracket after its name (a 事业单位's post-setting scheme): "（管理五级，1个）".
// A person's name, their posts in a bracket, a colon: "刘振华（党委书记）：", "马晓春（党委委员、副院长）：".
// (Not a post of 岗: "送货岗（兼职）：".)
const PERSON_POSTS = /^([\u4e00-\u9fff○〇]{1,3}[\u4e00-\u5c96\u5c98-\u5d16\u5d18-\u9fff○〇])[（(]([^（）()：:]{2,24})[)）]\s*[:：]\s*/u;
/**
 * A division of work's line: a person with their posts in a bracket ("刘振华（党委书记）：主持…") or a post, a space and
 * the person ("村文书 孙莉：负责…"); the posts and where the text after the colon starts, or null.
 */
function personAndPosts(text: string, postAlone = false): { posts: string; head: number } | null {
  const m = PERSON_POSTS.exec(text);
  const p = m ? null : POST_PERSON.exec(text);
  if (!m && !p) {
    // (Or the post alone before its duty: "研發長：綜理本處業務，督導所屬各組。", a division of work among posts.)
    const q = postAlone ? POST_DUTY.exec(text) : null;
    return q && isPositionName(q[1]!) && fieldKind(q[1]!) === null && (startsLikeDuty(text.slice(q[0].length)) || /[，,。；;]/u.test(text.slice(q[0].length))) ? { posts: q[1]!, head: q[0].length } : null;
  }
  const [person, posts] = m ? [m[1]!, m[2]!.trim()] : [p![2]!, p![1]!];
  const last = posts.split(/[、，,]/u).pop()!.trim();
  if (!isPositionName(last) || isPositionName(person) || isDepartmentName(person)) return null;
  // ("赵明同志（人大主席）：负责…": a leader named as a comrade is named so, the posts held with the name, as the heading
  // "一、周振华同志（党委书记、董事长）" is.)
  const head = (m ?? p)![0].length;
  if (m && person.endsWith("同志")) return { posts: `${person}（${posts}）`, head };
  return { posts, head };
}

// The role words and the first item right after them: "…岗位职责1、", "…職責(1)".
const GLUED_FIRST_ITEM = /(?:岗位职责|崗位職責|职责|職責)(?=(?:1|１|一)[、.．)）]|[(（](?:1|１|一)[)）]|[①⑴])/u;

/** Where the first item glued to a heading's role words starts ("生产部经理岗位职责1、…" → at "1、"), or -1. */
function gluedItemAt(text: string): number {
  const m = GLUED_FIRST_ITEM.exec(text.length > 44 ? text.slice(0, 44) : text);
  return m ? m.index + m[0].length : -1;
}

// A short label and a colon, and the first item of its list right after: "班前：1.…", "每日：（1）…".
const GROUP_WITH_LIST = /^[^\s:：，,。；;]{1,8}[:：][ \u3000]*(?:[1１][.．、)）]|[(（][1１][)）]|[①⑴])/u;

// The label of a post's working hours: "工作时间：".
const WORK_HOURS = /^(?:工作时间|工作時間|上班时间|上班時間)\s*[:：]?$/u;

// A time that groups a post's duties: "每日", "每周", "营业前", "早班", "交接班时".
const TIME_GROUP = /^(?:每日|每天|每周|每週|每月|每季度?|每年|每半年|日常|定期|营业前|營業前|营业中|營業中|营业后|營業後|开市前|開市前|收市后|收市後|班前|班中|班后|班後|上岗前|上崗前|交接班|[早中晚夜白]班|大夜班|小夜班)(?:工作|職責|职责|時|时)?[:：]?$/u;

// A post and a colon before a sentence: "研發長：綜理本處業務…".
const POST_DUTY = /^([^\s，,。；;：:（）()、]{2,10})[:：][ \u3000]*(?=\S.{7})/u;

// A post, a space and the person who holds it, a colon: "村文书 孙莉：", "后备干部 周鹏：".
// (A two-character name may be spaced out to three: "党委副书记　周　红：".)
const POST_PERSON = /^([^\s，,。；;：:（）()]{2,16})[ \u3000]{1,4}([\u4e00-\u9fff]{2,3}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])[:：]\s*/u;

// Two short runs of words far apart, as a page's header spreads them: "华岳证券股份有限公司　　　　　内部制度汇编".
// (Its first part may hold a single space: "民政事務總署　XX民政事務處　　　　　職位職責說明".)
const SPREAD_HEADER = /^[^\s，,。；;：:]{2,30}(?:[ \u3000][^\s，,。；;：:]{2,20})?[ \u3000]{5,}[^\s，,。；;：:]{2,20}$/u;

// A reviewer's comment, a name and a colon in brackets: "【李娜：这一条建议加上“每月至少一次”】", "【批注：…】".
const REVIEW_COMMENT = /^【(?:[\u4e00-\u9fff]{2,4}|批注|批註|注|备注|備註)[:：][^【】]{2,80}】$/u;

// A post of two characters and 岗, a note in brackets after it, and a colon: "收银岗：", "送货岗（兼职）：" (not 到岗, 上岗…).
const SHORT_POST_LABEL = /^[^\s各本该該此每][^上在轮輪定待离離换換转轉门門到顶頂脱脫串空竞競守值返下设設各本该該此原新同跨兼\s][岗崗](?:[(（][^()（）]{1,10}[)）])?[:：]$/u;

// "本会", "本公司": a charter's or a firm's word for itself before its posts.
const OWN_BODY = /^本(?:会|會|公司|院|所|中心|站|局|校|协会|協會|社|团|團|队|隊|委员会|委員會|基金会|基金會)/u;
const NOTE_IN_BRACKETS = /^（(?:注|註)[:：][^（）]+）$/u;
// A chapter's clause numbered within it: "8.1 目的", "8.2 適用範圍", "8.3 崗位職責", "8.5 記錄".
const CHAPTER_CLAUSE = /^(?:目的|范围|範圍|适用范围|適用範圍|定义|定義|术语|術語|职责|職責|岗位职责|崗位職責|权责|權責|工作程序|作业程序|作業程序|相关文件|相關文件|参考文件|參考文件|记录|記錄|紀錄|附件)$/u;
// Every unit of a kind: "各部门", "各车间".
const EVERY_UNIT = /^各(?:部门|部門|科室|车间|車間|单位|單位|班组|班組|处室|處室|职能部门|職能部門|相关部门|相關部門)$/u;
// An item inside a line: "（2）", "(3)".
const INLINE_ITEM = /[（(][0-9０-９一二三四五六七八九十]{1,2}[)）]/u;
// Words that name the posts or units below as a group: "委员分工", "下属委员会", "各科室".
const GROUP_OF_POSTS = /^(?:下属|下屬|所属|所屬|各)|分工$/u;
// A controlled document's name in its header: "文件名称：…控制程序" (the value, group 1).
const DOCUMENT_NAME = /^(?:文件名称|文件名稱|程序名称|程序名稱)\s*[:：]\s*([^\s:：]{4,40})(?:\s|$)/u;
// The title of a template attached to a sheet: "项目安全生产目标责任书", "员工承诺书".
const TEMPLATE_TITLE = /(?:责任书|責任書|承诺书|承諾書|保证书|保證書|协议书|協議書|合同书|合同書)$/u;
// A notice's title after its issuer: "关于调整居委会成员分工及岗位职责的公告".
const NOTICE_TITLE = /^(?:关于|關於)[^。；;]{2,60}的(?:公告|通知|通報|通报|决定|決定|意见|意見|规定|規定|办法|辦法|批复|批覆|函)$/u;
// A notice that issues rules: "关于印发《江州医科大学教研室工作管理办法》的通知" (what it issues).
const NOTICE_ISSUES = /^关于(?:印发|印發|发布|發布|下发|下發|颁布|頒布|修订|修訂)《([^《》]{4,60})》的通知$/u;

// The words that name a sheet's duties, alone on a line: "岗位职责", "崗位職責".
const ROLE_WORDS_ALONE = /^(?:岗位职责|崗位職責|工作职责|工作職責|岗位职责说明|崗位職責說明)$/u;

// An appendix's heading, numbered or lettered: "附件一：修订记录", "附录A", "附表2　手册修订记录".
const APPENDIX = /^附(?:件|录|錄|表)[0-9０-９一二三四五六七八九十A-Z]{1,2}(?:[ \u3000:：][^。；;]{0,30})?$/u;

// The heading of a foreword: "前言", "前　　言", "引言".
const FOREWORD = /^(?:前|引|序)[ \u3000]*言$/u;

// A table's caption: "表二  各职级主要职责", "表1：岗位设置".
// (Or numbered within its chapter: "表5-1  项目管理机构配备情况表".)
const TABLE_CAPTION = /^表[一二三四五六七八九十0-9０-９]{1,2}(?:[-－.．][0-9０-９]{1,2})?(?:[ \u3000]{1,4}|[:：])[^，,。；;\s][^，,。；;]{1,29}$/u;

// Two to four characters with spaces between them: "记　者", "会 计".
const SPACED_SHORT_NAME = /^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$/u;

// A memo's or an official letter's field, its label spaced out or not: "檔　　號：", "主旨：", "說明：", "擬辦：".
const MEMO_FIELD = /^(?:檔[ \u3000]*號|档[ \u3000]*号|保存年限|速[ \u3000]*別|密等及解密條件|發文日期|發文字號|发文字号|受文者|主[ \u3000]*旨)[ \u3000]*[:：]/u;

// The employee's acknowledgement under a sheet, no wrap of the item above however it ends: "本人已阅读并理解以上岗位职责。
// 员工签字：＿＿＿＿", "签名：____".
const SIGNS_FORM = /^本人已(?:认真|認真|仔细|仔細)?(?:阅读|閱讀|知悉|了解|明白|学习|學習)|(?:签字|簽字|签名|簽名)[ \u3000]*[:：][ \u3000]*(?:[＿_]{2,}|$)/u;

// The label over a notice's attachment: "附件", "附件2：".
const ATTACHMENT_LABEL = /^附[ \u3000]?件[ \u3000]?[0-9０-９一二三四五六七八九十]{0,2}[:：]?$/u;

// A post in lenticular brackets and a short note after it: "【项目主管】暂由阿杰（陈俊杰）担任".
const NOTED_POST = /^【([^【】，,。；;：:]{1,10})】[ \u3000]*([^ \u3000].{0,29})$/u;
// A post's name alone in lenticular brackets: "【迎宾】".
const ENCLOSED_POST = /^【[^【】，,。；;：:]{1,12}】$/u;

// Who holds a post, in a bracket after its name: "店长（负责人：许曼）".
// (With a comma in it, which would make the heading a sentence: "（签约主播，含退役选手转型）".)
const POST_NOTE = /[(（][^()（）。；;，,]{1,12}[，,][^()（）。；;]{1,12}[)）]$/u;
const PERSON_NOTE = /[(（](?:负责人|負責人|组长|組長|主管)[:：]([^()（）]{1,16})[)）]$/u;
const GRADE_NOTE = /[(（](?:管理|专业技术|專業技術|专技|專技|工勤技能|工勤)[^()（）]{0,16}[)）]$|[(（][^()（）]{0,12}[级級][，,、\s]*[0-9０-９一二三四五六七八九十两兩]+\s*[个個名人][)）]$/u;

// An article's title that names the post whose duties it lists: "護理督導長之職責如下：", "护工的职责如下".
const ARTICLE_NAMES_POST = /^([^\s，,。；;:：、]{2,12}?)(?:之|的)(?:主要)?(?:职责|職責|职权|職權|职务|職務)(?:如下|為|为)?\s*[:：]?$/u;

/**
 * The post an article's sentence sets up before it says that its duties follow: "本宮置監察人三人，其職責如下：",
 * "律师助理在指导律师的指导下开展工作，其职责是：", or null.
 */
function postOfClause(text: string): string | null {
  const its = text.lastIndexOf("其");
  const listed = text.lastIndexOf("下列");
  if (!(its >= 2 && ITS_DUTIES.test(text.slice(its))) && !(listed >= 4 && DOES_LISTED.test(text.slice(listed - 2)))) return null;
  const placed = PLACES_POST.exec(text);
  if (placed) return placed[1]!;
  const lead = LEADS_CLAUSE.exec(text)?.[1];
  return lead && (isPositionName(lead) || isDepartmentName(lead)) ? lead : null;
}
/** The unit or post that an article's title in brackets names ("（理事會）", "(總幹事)"), or null. */
function bracketedTitle(text: string): string | null {
  const first = text.charCodeAt(0);
  if (text.length < 4 || text.length > 14 || !(first === 0xff08 || first === 0x28) || !closesBracket(text)) return null;
  const inner = text.slice(1, -1).trim();
  if (!isHeadingLike(inner)) return null;
  if (isDepartmentName(inner) || isPositionName(inner)) return inner;
  // ("第三條（董事長職責）": or the post and the word for its duties.)
  const rh = roleHeading(inner);
  return rh?.explicit && rh.name && (isPositionName(rh.name) || isDepartmentName(rh.name) || BODY_END.test(rh.name)) ? rh.name : null;
}

// "其職責如下：", "其职责是：", "其職權如下："
const ITS_DUTIES = /^其(?:主要)?(?:职责|職責|职权|職權|职掌|職掌)(?:如下|是|為|为)?\s*[:：]$/u;
// "…並執行下列事務：", "…應辦理下列事項："
const DOES_LISTED = /^(?:執行|执行|辦理|办理|掌理|負責|负责)下列(?:事務|事务|事項|事项)\s*[:：]$/u;
// "本宮置監察人三人", "本公司置總經理一人", "设办公室主任1名"
const PLACES_POST = /^(?:本[^\s，,。；;:：、]{1,4}?)?[置設设]([^\s，,。；;:：、]{2,8}?)(?:[一二三四五六七八九十两兩0-9０-９]+|若干)[人名位]/u;
// "律师助理在…", "總務主任承…", "出纳，其职责是："
const LEADS_CLAUSE = /^([^\s，,。；;:：、]{2,8}?)(?:在|於|于|应|應|承|受|對|对|並|并|協助|协助|[，,])/u;
// Who is no post: "本院", "各級", "全體人員".
const ANY_ONE = /^(?:本|各|全|所有|下列|以下|上述|其他|其它)/u;

// An article's sentence that ends by introducing the list of a body's duties or powers.
const POWERS_END = /(?:职责|職責|职权|職權)(?:是|为|為|如下)?\s*[:：]$/u;
// The body the sentence starts with, up to its verb: "集团党委会是…", "集团纪委对…", "董事会行使…".
const SUBJECT = /^([^，,。；;“”"《》\s]{2,12}?)(?:是|为|為|对|對|负责|負責|行使|履行|依法|应当|應當|在|由|受|的)/u;
const BODY_END = /(?:会|會|委|层|層)$/u;

/** The body or the post an article's sentence starts with, when it is one (SUBJECT), or null. */
function subjectOfPowers(rest: string): string | null {
  const s = SUBJECT.exec(rest)?.[1];
  return s && (BODY_END.test(s) || isDepartmentName(s) || isPositionName(s)) && !startsLikeDuty(s) && !ANY_ONE.test(s) ? s : null;
}

/** A kind of posts, heading the posts of that kind: "管理岗位", "专业技术岗位", "工勤岗位". */
const POST_KIND = /^(?:管理|技术|技術|专业技术|專業技術|工勤|辅助|輔助|业务|業務|行政|后勤|後勤|操作)(?:类)?(?:岗位|崗位)$/u;

// An e-mail's header lines and the line over a quoted earlier message.
const MAIL_FROM = /^(?:发件人|發件人|寄件者|寄件人|From)\s*[:：]/u;
const MAIL_FIELD = /^(?:发件人|發件人|寄件者|寄件人|收件人|收件者|抄送|副本|密送|密件副本|发送时间|發送時間|发件时间|寄件時間|傳送時間|寄件日期|日期|主题|主題|主旨|附件|From|To|Cc|Bcc|Sent|Date|Subject|Attachments?)\s*[:：]/iu;
// (The lexer takes the rules off a line "-----原始邮件-----": the words may stand alone.)
const MAIL_QUOTED = /^[-—_=\s]*(?:原始邮件|原始郵件|原始信件|转发邮件|轉寄郵件|Original Message|Forwarded message)[-—_=\s]*$/iu;

/**
 * How many lines an e-mail's signature under "--" has (the "--" line with
 * them), when its lines up to a blank line are a few short ones with a way to
 * reach the sender among them ("电话：…", an address with @); else 0.
 */
function signatureLines(lines: readonly SourceLine[], from: number): number {
  let reach = false;
  let k = from;
  for (; k < lines.length && lines[k]!.text; k++) {
    const t = lines[k]!.text;
    if (k - from >= 6 || t.length > 40 || lines[k]!.marker) return 0;
    if (t.includes("@") || /^(?:电话|電話|手机|手機|Tel|Mobile|邮箱|郵箱|E-?mail)/iu.test(t)) reach = true;
  }
  return reach ? k - from + 1 : 0;
}

/**
 * Whether a line indented `indent` goes on with the unnumbered paragraph `text` whose first line was indented
 * `first`, right above it: a paragraph typed with its first line indented (two to eight spaces) goes on at the
 * margin, after a stop too; a line indented deeper goes on with one that ended mid-sentence, or with a timetable's
 * slot under whose words it is aligned ("16:30—17:30  执行晚间治疗…；" / "             核对次日…").
 */
function goesOnUnder(text: string, first: number | undefined, indent: number | undefined): boolean {
  if (indent === undefined || first === undefined) return false;
  if (indent === 0) return first >= 2 && first <= 8;
  return indent > first && (!TERMINAL.test(text) || (indent >= first + 8 && CLOCK.test(text)));
}


function lastWordNamingDuties(text: string): string | null {
  const word = /(?<!\S)\S+$/u.exec(text)?.[0];
  return word && /.(?:职责|職責)[:：]?$/u.test(word) ? word : null;
}

/** A short line that could head something: no sentence punctuation, no duty verb at its start. */
/** Whether two spaces follow within a line's first twelve characters, as they do after a post's name in an aligned table. */
function spacedHead(text: string): boolean {
  for (let i = 2, end = Math.min(text.length - 1, 12); i <= end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x20 || c === 0x3000) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x3000)) return true;
  }
  return false;
}

function isHeadingLike(text: string): boolean {
  return text.length >= 2 && text.length <= 16 && !/[，,。；;：:、！!？?]/u.test(text) && !/^(?:负责|負責|协助|協助|完成|组织|組織|制定|做好)/u.test(text);
}

/** Whether lines are one paragraph wrapped at a fixed width: consecutive, all but the last of one length (20 or more) without a stop at the end, the last ending a sentence. */
function fixedWidthParagraph(lines: readonly { no: number; text: string }[]): boolean {
  if (lines.length < 2 || lines.length > 12) return false;
  const width = lines[0]!.text.length;
  if (width < 20 || !TERMINAL.test(lines[lines.length - 1]!.text) || lines[lines.length - 1]!.text.length > width + 2) return false;
  for (let k = 0; k < lines.length - 1; k++) {
    const l = lines[k]!;
    if (l.no + 1 !== lines[k + 1]!.no || TERMINAL.test(l.text) || Math.abs(l.text.length - width) > 2) return false;
  }
  return true;
}

/** A name without the note in brackets after it: "早班分拣（5:30到岗）" → "早班分拣". */
function withoutNote(text: string): string {
  if (!closesBracket(text)) return text;
  const open = Math.max(text.lastIndexOf("（"), text.lastIndexOf("("));
  return open > 0 ? text.slice(0, open).trimEnd() : text;
}

/** A line of an organisation chart drawn as text: "└── 质检员", "├─ 生产部". */
function isChartLine(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x251c || c === 0x2514 || c === 0x2502 || c === 0x250c;
}

/** Whether a text ends with a closing bracket, or one and a colon: the cheap test before CONTINUED. */
function closesBracket(text: string): boolean {
  let c = text.charCodeAt(text.length - 1);
  if (c === 0x3a || c === 0xff1a) c = text.charCodeAt(text.length - 2);
  return c === 0x29 || c === 0xff09;
}

/** Whether an item's last line reads as a title ("招聘计划管理"), not a sentence a wrap may continue. */
function prevIsTitle(text: string): boolean {
  return text.length <= 24 && !/[，,。；;、]/u.test(text);
}

/** A title: short, no sentence punctuation at its end. */
const DATED_FIELD = /^[^:：\s]{1,8}[:：][ \u3000]*[0-9０-９]{2,4}[-－./年]/u;

function isTitleLike(text: string): boolean {
  // (Not "附件" or "附件2" over a notice's attachment: its title comes next.)
  if (ATTACHMENT_LABEL.test(text)) return false;
  // (Nor a controlled document's date: "生效日期：2024-01-08".)
  if (DATED_FIELD.test(text)) return false;
  // (Not a long sentence broken by a comma: "本章列明各分店主要崗位之職責，各級員工…".)
  // (A gloss in English or Malay in a bracket at the end counts for nothing: "…理事会职位及职责（Senarai Tugas Ahli Jawatankuasa）".)
  const length = text.length > 40 ? withoutEnglishGloss(text).length : text.length;
  return length <= 40 && !/[。；;，,！!？?:：]$/u.test(text) && !/[。；;]/u.test(text) && !(text.length > 16 && /[，,]/u.test(text));
}

// The last character of most units' names: 委员会, 办公室, 中心, 服务站, 党支部…
const UNIT_LAST = new Set([..."会會部室科处處心站所队隊组組局院馆館团團社庭办辦厅廳司股课課"].map((c) => c.charCodeAt(0)));

/** A heading without the role words at its end: "下属委员会职责" → 下属委员会. */
function withoutRoleWords(text: string): string {
  return text.endsWith("职责") || text.endsWith("職責") ? text.slice(0, -2) : text;
}

/** Whether a line is a notice's title, "关于调整居委会成员分工及岗位职责的公告" (a cheap test of its first character first). */
function isNoticeTitle(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 0x5173 || c === 0x95dc) && text.length <= 62 && NOTICE_TITLE.test(text);
}

/** Whether a line is a form field that names a post ("职务：校长"). */
function roleField(text: string): boolean {
  const field = formField(text);
  return field?.kind === "role" && !!field.value;
}
