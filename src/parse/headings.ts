// What a short line names: a position's duties (a role heading), a department
// that groups roles, a job-description block, or a form field.

import { isSpace } from "../text/space.js";

/** Words that end a role heading: "銷售總監崗位職責", "车间主任职责", "绞车司机岗位责任制". */
// "总经理安全生产职责", "质检员安全职责": the duties of one kind that a safety (or secrecy, integrity …) rule gives each post.
// (And "保安員通用職責": the general duties of the post; "总经理安全生产责任清单（共2项）": a post's list of safety duties.)
const DUTY_KIND = "(?:安全生产|安全|消防|环保|環保|保密|廉政|党风廉政|黨風廉政|职业健康|職業健康|信息安全|資訊安全|通用)";
const ROLE_WORDS = "(?:岗位工作职责|崗位工作職責|岗位责任制|崗位責任制|岗位职责|崗位職責|工作职责|工作職責|岗位说明书|崗位說明書|职位说明书|職位說明書|职务说明书|職務說明書|工作内容|工作內容|主要职责|主要職責|岗位职能|崗位職能|职责范围|職責範圍|职责|職責|岗位责任清单|崗位責任清單|履职责任清单|履職責任清單|责任清单|責任清單)";
// "…职责如下：", "…的工作职责包括：" introduce the list as the plain heading does.
const INTRODUCING = "(?:如下|包括|主要有|主要包括|有以下几[项点條条]|是|为|為)";
// "…岗位职责及任职要求", "…職責與任職資格": the heading of a role's duties and its requirements; "…岗位职责说明"
// (group `explained`), which heads a whole sheet as often as one role: a role only when a position precedes it.
const ROLE_TAIL = "(?:(?<explained>说明书?|說明書?)|[及与和與暨](?:任职|任職)?(?:要求|资格|資格|条件|條件))";
const ROLE_HEADING = new RegExp(`^(?<name>.*?)(?:的)?\\s*(?:${DUTY_KIND}(?=职责|職責|责任清单|責任清單))?${ROLE_WORDS}${ROLE_TAIL}?\\s*(?:篇\\s*)?(?<variant>[一二三四五六七八九十]{0,3}|[0-9]{0,2})\\s*(?<kind>范文|範文|通用版|大全|模板|精选|精選)?\\s*(?<qualifier>[(（【\\[][^)）】\\]]{0,12}[)）】\\]])?${INTRODUCING}?\\s*[:：]?$`, "u");
// What a bracket after a role heading's words says of the sheet rather than the post.
const SHEET_QUALIFIER = /[续續稿版]|精[选選]|通用|推[荐薦]|大全|[汇彙][总總编編]|最新|[热熱]门|[热熱]門|[试試]行|[暂暫]行|草案|修[订訂改]|范本|範本|模板|[参參]考|示例|[样樣]本|[网網]页|[网網]頁|[点點][击擊]展[开開]|展[开開]|收起|[复複]制|[复複]製|完整|[节節]选|[节節]選|摘要|[附含]|[0-9０-９]|^[(（][一二三四五六七八九十]+[)）]$/u;
const INTRODUCES = new RegExp(`${INTRODUCING}\\s*[:：]?$`, "u");

/** "4.2 岗位说明", "二、職務說明" numbered: the heading over a chapter's posts; alone under a posting's title, its duties' label. */
// (Or a bureau's "内设机构": its offices follow, each with its duties.)
export const POSTS_HEADING = /^(?:岗位说明|崗位說明|职务说明|職務說明|职位说明|職位說明|内设机构|內設機構|内设机构及职责|內設機構及職責|机构设置|機構設置)$/u;
const ROLE_WORD_CHARS = /[职職说說内內]|责任清单|責任清單|责任制|責任制/u;
// Words for the staff at large, not a post: "人员职责", "各岗位职责", "普查机构及人员职责".
// (Also after the company's name: "诚信印务  各岗位职责", "汽车4S店各岗位职责".)
// (Or a document that holds them: "…员工手册（节选）：岗位职责", "…分行各職務工作職掌說明".)
const GENERIC_STAFF = /(?:及|和|与|與)(?:各类|各類|各级|各級|相关|相關)?(?:人员|人員)$|^(?:人员|人員|各级人员|各級人員|各类人员|各類人員|全体人员|全體人員|相关人员|相關人員|有关人员|有關人員|其他人员|其他人員)$|(?:主要人员|主要人員|主要管理人员|主要管理人員|各级人员|各級人員|各类人员|各類人員)$|(?:各|各岗位|各崗位|各职位|各職位|各部门|各部門|各职务|各職務|各科室|各处室|各處室|各单位|各單位)(?:工作)?$|^(?:各|指挥部|指揮部|领导小组|領導小組)?(?:成员单位|成員單位)$|\s(?:员工|員工)$|(?:手册|手冊|汇编|彙編|通知)(?:[(（][^()（）]{1,6}[)）])?$/u;

/** Endings of position names: 經理, 主管, 銷售員, 部長, 內勤 … */
const POSITION_END = /(?:经理|經理|主管|总监|總監|专员|專員|助理|顾问|顧問|秘书|秘書|文书|文書|(?:研发|研發|教务|教務|学务|學務|总务|總務|财务|財務|技术|技術|营运|營運|资讯|資訊|稽核|国际|國際|图书|圖書|品质|品質)[长長]|[^成人会會议議]员|[^成人会會议議]員|[^相有关關作]人[员員]|工程师|工程師|会计师|會計師|设计师|設計師|[^老]师|[^老]師|副理|收发|收發|部长|部長|处长|處長|科长|科長|厂长|廠長|店长|店長|组长|組長|班长|班長|队长|隊長|站长|站長|院长|院長|校长|校長|行长|行長|社长|社長|所长|所長|局长|局長|实习生|實習生|社会工作者|社會工作者|社会工作人员|社會工作人員|签字人|簽字人|签署人|簽署人|审核人|審核人|审定人|審定人|校对人|校對人|设计人|設計人|复核人|複核人|社工|志愿者|志願者|义工|義工|监理|監理|工长|工長|培训生|培訓生|管培生|干部|幹部|技士|技正|视察|視察|编审|編審|理长|理長|室长|室長|团长|團長|车长|車長|机长|機長|馆长|館長|段长|段長|区长|區長|片长|片長|舍监|舍監|河长|河長|湖长|湖長|林长|林長|田长|田長|线长|線長|课长|課長|股长|股長|楼长|樓長|园长|園長|庭长|庭長|主任|内勤|內勤|会计|會計|出纳|出納|司机|司機|文员|文員|总裁|總裁|代表|董事长|董事長|董事|监事|監事|前台|前臺|收银|收銀|保安|保洁|保潔|厨师|廚師|领班|領班|负责人|負責人|主办|主辦|经办|經辦|督导|督導|总经理|總經理|合伙人|合夥人|架构师|架構師|分析师|分析師|主管会计|统计|統計|跟单|跟單|业务员|業務員|客服|导购|導購|管家|教练|教練|护士|護士|医生|醫生|店员|店員|[电電焊钳鉗普技杂雜作运運修卸装裝车車]工|总工|總工|总管|總管|专家|專家|门卫|門衛|书记|書記|校医|校醫|厨师长|廚師長|保管|护士长|護士長|主席|秘书长|秘書長|干事|幹事|受权人|受權人|授权人|授權人|管理者|操作人员|操作人員|襄理|协理|協理|特助|稽核员|稽核員|工读生|工讀生|总机|總機|采购|採購|仓管|倉管|副总|副總|学徒|學徒|帮厨|幫廚|计调|計調|导游|導遊|领队|領隊|裁判|裁判长|裁判長|司仪|司儀|主理人|店主|教务|教務|理事长|理事長|会长|會長|.老[师師]|洗碗工|冲压工|沖壓工|木工|瓦工|钢筋工|鋼筋工|油漆工|搬运工|搬運工|包装工|包裝工|缝纫工|縫紉工|接待|客服|收银|收銀|阿姨|师傅|師傅|绿化工|綠化工|园艺工|園藝工|清洁工|清潔工|钟点工|鐘點工|话务|話務|护佐|護佐|护工|護工|督导长|督導長|(?:药剂|藥劑|检验|檢驗|放射|营养|營養|护理|護理)士|库管|庫管|网管|網管|质检|質檢|书记官长|書記官長|法警长|法警長|主任秘书|主任秘書|兼职|兼職|临时工|臨時工|小时工|小時工|暑期工|主播|助播|副播|中控|导演|導演|编剧|編劇|编导|編導|值长|值長|专干|專幹|编辑|編輯|记者|記者|主持人|[^上在轮輪定待离離换換转轉门門\s]{3}[岗崗]|前台岗|前臺崗|收银岗|收銀崗|(?:业务|業務)(?:伙伴|夥伴)|场记|場記|场务|場務|场控|場控|制片人|製片人|制片|製片|监制|監製|摄影指导|攝影指導|美术指导|美術指導|摄像|攝像|策划|策劃|文案|法务|法務|(?:内容|內容|用户|用戶|活动|活動|产品|產品|社群|新媒体|新媒體|直播|电商|電商|游戏|遊戲|私域|短视频|短視頻)(?:运营|運營)|连长|連長|营长|營長|排长|排長|镇长|鎮長|乡长|鄉長|署长|署長|司长|司長|县长|縣長|市长|市長|村长|村長|荷官|法官|警官|检察官|檢察官|书记官|書記官|(?:烫|燙|洗水|拉布|裁剪|缝|縫|熨|剪线|剪線|打包|装配|裝配|喷漆|噴漆|打磨|注塑|组装|組裝|检验|檢驗|仓储|倉儲|保洁|保潔|后道|後道)工|车位|車位|巡检QC|巡檢QC|尾查|QC|矿长|礦長|船长|船長|舰长|艦長|场长|場長|监事长|監事長|检察长|檢察長|台长|臺長|厅长|廳長|乘务长|乘務長|[大二三]副|兽医|獸醫|水手|总指挥|總指揮|副指挥|副指揮|指挥长|指揮長|总厨|總廚|调度长|調度長|库长|庫長|水手长|水手長)$/u;
// More endings of posts, kept apart from POSITION_END: one pattern that large ran many times slower on every name.
// (With a temple's, a church's and a mosque's posts: 典座, 知客, 监院, 执事, 长老, 阿訇.)
const POSITION_END_MORE = /(?:舍长|舍長|层长|層長|值日生|值周生|支书|支書|财政|財政|总务|總務|查账|查賬|稽查|执委|執委|理事|常委|保姆|月嫂|育儿嫂|育兒嫂|陪诊员|陪診員|火化工|民警|辅警|輔警|法警|交警|刑警|特警|协警|協警|巡警|狱警|獄警|党组成员|黨組成員|班子成员|班子成員|店东|店東|加盟主|制作人|製作人|执行制作|執行製作|舞台监督|舞台監督|技术指导|技術指導|(?:技术|技術|现场|現場|执行|執行|制片|製片|演出|舞台|活动|活動)(?:统筹|統籌)|导演|導演|编剧|編劇|场记|場記|(?:研究|技术|技術|业务|業務)骨干|(?:研究|技术|技術|业务|業務)骨幹|典座|行堂|库头|庫頭|监院|監院|知客|维那|維那|住持|方丈|首座|僧值|香灯|香燈|殿主|悦众|悅眾|堂主|执事|執事|传道|傳道|长老|長老|阿訇|伊玛目|伊瑪目|穆安津|海推布|道长|道長|庙祝|廟祝|司库|司庫|辅祭|輔祭|领经|領經)$/u;

/** Endings of department names: 銷售部, 財務中心, 人事行政處 … */
const DEPARTMENT_END = /(?:部|部门|部門|中心|[^大餐客前]厅|[^大餐客前]廳|署|办公室|辦公室|总经办|總經辦|总裁办|總裁辦|董事会办|董事會辦|党政办|黨政辦|[委长長治贫貧访訪防府组組改][办辦]|[社院校局司心站所厂廠会會行](?:领导|領導)|领导班子|領導班子|管理层|管理層|[^各]处|[^各]處|科|室|车间|車間|事业部|事業部|分公司|子公司|小组|小組|团队|團隊|委员会|委員會|工作组|工作組|专班|專班|门店|門店|项目部|項目部|[^本各]课|[^本各]課|[^各控配]股|[^各]组|[^各]組|[理监監董]事[会會]|[会會][员員]大[会會]|[^各团團]队|[^各团團]隊)$/u;

// The last characters of the endings above: a department name holds one.
const DEPARTMENT_CHARS = /[部门門心室处處科间間司组組队隊会會店课課股厅廳署班办辦导導层層]/u;

/** Starts of duty sentences, which a position name never has: 負責, 協助, 完成 … */
const DUTY_START = /^(?:(?:全面|具体|具體|主要)?(?:负责|負責)|接听|接聽|受理|统筹|統籌|主持|办理|辦理|开展|開展|确保|確保|保证|保證|巡查|巡视|巡視|督导|督導|策划|策劃|拟定|擬定|起草|核对|核對|登记|登記|汇总|匯總|维护|維護|协助|協助|配合|完成|参与|參與|组织|組織|制定|制订|制訂|执行|執行|做好|建立|认真|認真|严格|嚴格|及时|及時|定期|按时|按時|根据|根據|督促|监督|監督|协调|協調|履行|落实|落實|对|對|与|與|在|按|为|為|向|将|將|把|做|处理|處理|审核|審核|检查|檢查|编制|編制|收集|掌握|了解|熟悉|服从|服從|遵守|承办|承辦|其他|其它|领导|領導|上级|上級|本|各|所|该|該)/u;

/** Whether a text starts as duty sentences do (负责…, 协助…, 按时…). */
export function startsLikeDuty(text: string): boolean {
  return DUTY_START.test(text);
}

/** Sentence punctuation a heading never holds. */
const SENTENCE_PUNCT = /[。；;，,！!？?]/u;

export interface RoleHeading {
  /** The position without numbering and role words; "" for a bare "崗位職責". */
  name: string;
  /** Whether the line carries role words (…崗位職責) rather than only naming a position. */
  explicit: boolean;
  /**
   * Whether it heads one version of a compilation's sheets ("健身房岗位职责2", "…岗位职责 篇3", "…岗位职责（精选8篇）",
   * "…岗位职责范文"): such a heading over another role's heading is no role.
   */
  version?: boolean;
}

// A tag before a heading: a web page's version or pick ("【篇一】", "【精选】"), a posting's brand or branch
// ("【○○燒肉 信義店】"); the heading is what follows it.
const LEADING_TAG = /^[【〖]([^【】〖〗]{1,16})[】〗]\s*(?=\S)/u;

// "XX应(当)履行以下职责：", "XX负责：" (group 1: the position, checked by isPositionName).
// (And Taiwan's articles: "總經理之職掌如下：", "研發處掌理下列事項：".)
// (Or "民事紀錄科掌理事項如下：", "書記官長承院長之命，處理下列事務：", "人事科的主要职责是：".)
const ANNOUNCED = /^(.{2,16}?)(?:承[^，,。：:]{1,8}之命[，,]?)?(?:(?:应当|應當|应|應|须|須|必须|必須)?(?:履行|承担|承擔|负有|負有)(?:下列|以下|下述|如下)(?:职责|職責)|(?:主要)?(?:负责|負責)(?:(?:以下|下列|如下)(?:工作|事项|事項|任务|任務))?|(?:之|的)(?:主要)?(?:职掌|職掌|职责|職責)(?:如下|如左)|掌理(?:下列|左列|以下)(?:事项|事項|业务|業務)|掌理(?:事项|事項|业务|業務)?如下|(?:處理|处理|辦理|办理)(?:下列|左列|以下)(?:事项|事項|事務|事务|业务|業務)|(?:的)?主要(?:职责|職責)(?:是|为|為)|(?:具|具有|行使)(?:下列|以下)(?:职权|職權|职责|職責))\s*[:：]$/u;

// A 三定 scheme's article on a unit's own duties: "县市场监督管理局贯彻落实党中央的决策部署。主要职责是：" (group 1: the unit).
const UNIT_DUTIES = /^([^\s，,。；;:：]{2,20}?(?:局|委员会|委員會|委|办公室|辦公室|院|部|中心|厅|廳|署|处|處|室|所|站|会|會|科|股|队|隊|馆|館))[^。；;]{0,140}。(?:其)?主要(?:职责|職責)(?:是|为|為|如下)[:：]$/u;

// A rule's article that says what a post or a department is before its list: "设备动力部是公司设备管理的职能部门，
// 主要职责如下：", "总经理是公司安全生产第一责任人，其主要职责是：", "车间主任对本车间设备的使用负全面责任：".
const DESCRIBED = /^(.{2,16}?)(?:(?:是|为|為)[^。；;:：]{2,40}[，,](?:其|的)?(?:主要|具体|具體)?(?:职责|職責|任务|任務)(?:如下|是|为|為|包括|有)?|(?:对|對)[^。；;:：]{2,30}(?:负|負)(?:全面|直接|主要)?(?:责任|責任))\s*[:：]$/u;

/** Pairs of marks that may enclose a whole heading: 【出纳岗位职责】, 〔采购员岗位职责〕, **出纳岗位职责**. */
const ENCLOSING: Record<string, string> = { "【": "】", "〔": "〕", "［": "］", "[": "]", "「": "」", "『": "』", "《": "》", "〖": "〗", "*": "*" };

/** A heading without the marks that enclose all of it ("【出纳岗位职责】" → 出纳岗位职责, "**…**" → …); any other text as it is. */
function unwrapped(text: string): string {
  const c = text.charCodeAt(0);
  if (c !== 0x3010 && c !== 0x3014 && c !== 0xff3b && c !== 0x5b && c !== 0x300c && c !== 0x300e && c !== 0x300a && c !== 0x3016 && c !== 0x2a) return text;
  const close = ENCLOSING[text[0]!];
  if (!close || text.length < 4 || text.length > 44 || text[text.length - 1] !== close) return text;
  if (close === "*") return text.startsWith("**") && text.endsWith("**") ? text.slice(2, -2).trim() : text;
  const inner = text.slice(1, -1);
  // (Not "【一】…【二】": the marks must enclose one thing.)
  return inner.includes(text[0]!) || inner.includes(close) ? text : inner.trim();
}

/** A posting's label before the position: "【職缺】行政助理", "[招聘岗位] 销售代表". */
const POSTING_LABEL = /^[【\[［〖]\s*(?:职位|職位|职缺|職缺|岗位|崗位|招聘|招聘岗位|招聘崗位|招聘职位|招聘職位|诚聘|誠聘|急聘|誠徵|诚征|徵才|征才|招募|急徵|急征)\s*[】\]］〗]\s*/u;

/** What is appended after a sheet, before the post whose duties follow: "附：妇女小组长职责", "附件2：驾驶员岗位职责". */
const APPENDED = /^附(?:件|录|錄)?[一二三四五六七八九十0-9０-９]{0,2}\s*[:：]\s*(?=[^:：]{2,24}(?:职责|職責)$)/u;

/** A heading without the people a chat's notice mentions after it: "服务顾问 @陈静 @赵强" → 服务顾问. */
export function withoutMentions(text: string): string {
  // (A heading is short; a long piece of a line is not searched.)
  if (text.length > 80 || !text.includes("@")) return text;
  let end = text.length;
  for (;;) {
    const at = text.lastIndexOf("@", end - 1);
    // (Each mention a word of its own after white space: not an address, "hr@example.com".)
    if (at < 2 || end - at > 13 || !isSpace(text.charCodeAt(at - 1)) || /\s/u.test(text.slice(at, end))) break;
    end = at;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Reads `rest` (a line without its marker) as a role heading, or null. */
// A leader named as a comrade, the posts held in brackets after the name: "周振华同志（党委书记、董事长）", "韩立新同志：".
const COMRADE = /^([\u4e00-\u9fff·]{2,5}同志(?:[（(][^（）()]{2,30}[)）])?)\s*[:：]?$/u;

export function roleHeading(rest: string): RoleHeading | null {
  const trimmed = withoutMentions(withoutPostingFacts(unspaced(rest.trim())));
  const label = POSTING_LABEL.exec(trimmed) ?? (trimmed.charCodeAt(0) === 0x9644 ? APPENDED.exec(trimmed) : null);
  const unwrappedText = unspaced(unwrapped(label ? trimmed.slice(label[0].length) : trimmed));
  // ("制片主任——" over its list: a dash after the post, as a colon would be.)
  const dashEnd = unwrappedText.charCodeAt(unwrappedText.length - 1);
  const text = dashEnd === 0x2014 || dashEnd === 0xff0d ? withoutTrailingDash(unwrappedText) : unwrappedText;
  const end = text.charCodeAt(text.length - 1);
  if (end === 0x3a || end === 0xff1a) {
    const described = text.length <= 64 ? DESCRIBED.exec(text) : null;
    if (described) return isPositionName(described[1]!) || isDepartmentName(described[1]!) ? { name: withoutHeadcount(described[1]!), explicit: true } : null;
  }
  // "作为销售助理，你需要协助…。具体来说：": a posting that names its post in its first sentence, over the list.
  if ((end === 0x3a || end === 0xff1a) && text.length <= 120 && (text.charCodeAt(0) === 0x4f5c)) {
    const as = AS_POST.exec(text);
    if (as && isPositionName(as[1]!)) return { name: as[1]!, explicit: true };
  }
  // "周振华同志（党委书记、董事长）": a leader named in a notice of the leadership's division of work, and the posts held.
  if (text.length <= 40 && text.includes("同志")) {
    const comrade = COMRADE.exec(text);
    if (comrade) return { name: comrade[1]!, explicit: true };
  }
  // (A name glossed in English is as long as its Chinese: "值班轮机员 Engineer Officer of the Watch (EOOW)".)
  if ((text.length > 40 && withoutEnglishName(text).length > 40) || /[。；;！!？?]/u.test(text)) {
    const unit = text.length <= 170 && (end === 0x3a || end === 0xff1a) ? UNIT_DUTIES.exec(text) : null;
    return unit ? { name: unit[1]!, explicit: true } : null;
  }
  // "住院医师应履行以下职责：", "值班医师负责：": a position and the words that announce its list.
  const announced = end === 0x3a || end === 0xff1a ? ANNOUNCED.exec(text) : null;
  if (announced) return isPositionName(announced[1]!) || isDepartmentName(announced[1]!) ? { name: withoutHeadcount(announced[1]!), explicit: true } : null;
  // Every role word holds one of these characters: without one, only a position name is left to try.
  const m = ROLE_WORD_CHARS.test(text) ? ROLE_HEADING.exec(text) : null;
  if (m) {
    const tagged = m.groups!.name!.charCodeAt(0) === 0x3010 || m.groups!.name!.charCodeAt(0) === 0x3016 ? LEADING_TAG.exec(m.groups!.name!) : null;
    if (tagged) {
      const inner = roleHeading(text.slice(tagged[0].length));
      if (inner?.name) return { ...inner, version: inner.version || /^[篇精]|^(?:推[荐薦]|热门|熱門)/u.test(tagged[1]!) };
    }
    // ("前台 —— 职责如下": a dash between the post and its words.)
    const bare = withoutHeadcount(cleanName(withoutTrailingDash(m.groups!.name!)));
    // "责任护士岗位职责（白班）" and "…（夜班）" are two posts: a qualifier after the role words stays with a position's
    // name, unless it speaks of the sheet ("（试行）", "（2024版）", "（续）").
    const qualifier = m.groups!.qualifier;
    const name = qualifier && qualifier.length <= 10 && !SHEET_QUALIFIER.test(qualifier) && isPositionName(bare) ? bare + qualifier : bare;
    // "主要职责如下：" with no position before it ends a sentence ("…负责行政工作，主要职责如下："), it heads nothing.
    if (!name && INTRODUCES.test(text)) return null;
    // "其主要职责如下：", "具体职责包括：", "班主任应当履行下列职责：": a sentence that introduces the list, not a heading.
    if (/(?:下列|以下|下述)$/u.test(name) || (name && INTRODUCES.test(text) && !isPositionName(name) && !isDepartmentName(name))) return null;
    // ("…区队岗位责任制" heads a whole sheet as often as one post's duties: a role only when a position precedes it.)
    if ((m.groups!.explained || (text.includes("责任制") || text.includes("責任制"))) && !isPositionName(name)) return null;
    // "部门职能及岗位职责": what comes before the role words is no position but the first of two things the sheet holds;
    // "人员职责", "各岗位职责": the staff at large, a heading over the posts.
    // ("Responsibilities 職責": the label of the list in two languages.)
    // ("2024年4月值班经理值班表及值班职责", "岗位设置表及岗位职责": a table and the duties, the sheet's title.)
    if (/[及和与與暨、]$/u.test(name) || /表(?:及|和|与|與)/u.test(name) || GENERIC_STAFF.test(name) || /^(?:(?:key|main|job|major) )?(?:responsibilities|duties)$/iu.test(name)) return { name: "", explicit: true };
    if (name.length > 24 || /[，,]/u.test(name) || (name && DUTY_START.test(name) && !endsLikePosition(name) && !isDepartmentName(name))) return null;
    const version = !!m.groups!.variant || !!m.groups!.kind || (!!qualifier && SHEET_QUALIFIER.test(qualifier) && name === bare);
    return version ? { name, explicit: true, version } : { name, explicit: true };
  }
  // "【○○燒肉 信義店】外場服務人員": a posting's brand before the post.
  const tagged = text.charCodeAt(0) === 0x3010 || text.charCodeAt(0) === 0x3016 ? LEADING_TAG.exec(text) : null;
  if (tagged && !label) {
    const inner = roleHeading(text.slice(tagged[0].length));
    if (inner?.name && (inner.explicit || isPositionName(inner.name))) return inner;
  }
  const name = withoutHeadcount(cleanName(text));
  // (Two after a posting's label are the title of a posting of both: "【誠徵】晨光烘焙坊 門市店長／烘焙師傅".)
  if (label && /[／/]/u.test(name) && name.split(/[／/]/u).every((p) => endsLikePosition(p.trim()))) return null;
  if (isPositionName(name)) return { name, explicit: false };
  // "出纳岗位", "會計職位": a position named with the word for post after it.
  const bare = name.replace(/(?:岗位|崗位|职位|職位)$/u, "");
  if (bare !== name && isPositionName(bare)) return { name: withoutHeadcount(bare), explicit: false };
  // After a posting's label, any short name is the position ("【職缺】倉儲物流人員").
  if (label && name.length >= 2 && name.length <= 24 && !SENTENCE_PUNCT.test(name)) return { name: withoutHeadcount(name), explicit: true };
  return null;
}

/** A name without the dashes (and white space) after it: "前台 —— " → "前台". (A loop: an end-anchored pattern is tried at every space.) */
export function withoutTrailingDash(name: string): string {
  let end = name.length;
  while (end > 0 && (isSpace(name.charCodeAt(end - 1)) || "—－-".includes(name[end - 1]!))) end--;
  return end === name.length ? name : name.slice(0, end);
}

/**
 * A position's name without the headcount or the pay a posting puts after it: "店长（1人）", "导购员（若干名）",
 * "司机(2-3人)", "销售代表（8K-12K）", "厨师（面议）", "仓库管理员 5000-7000元/月".
 */
// (Or a colleague's nickname: "前台/客服（小周）", "寄件/退件（小周负责）"; or a surname and how parents call the
// holder: "主班老师（王老师）", "保育老师（陈阿姨）".)
// (Not a qualifier that starts so: "护士（小儿）", "社工（老年）", "（小组）".)
const HELD_BY = /^[(（](?:由[^()（）]{2,16}(?:兼任|兼|担任|擔任|代理|轮值|輪值)|[小老阿](?![组組年儿兒班区區号號型学學店])[\u4e00-\u9fff](?:负责|負責|兼|兼任)?|[\u4e00-\u9fff](?:老师|老師|阿姨|医生|醫生|师傅|師傅))[)）]$/u;

/**
 * Whether a bracket's text names the people who hold a post ("钱晓梅", "孙静、周雨桐"): names of two or three
 * characters, each after a common surname, none ending as a shift, a grade or a group does ("白班", "高级").
 */
export function heldByPeople(text: string): boolean {
  if (text.length < 2 || text.length > 24) return false;
  return text.split(/[、，,]/u).every((n) => n.length >= 2 && n.length <= 3 && SURNAMES.has(n[0]!) && !/[班岗崗级級组組类類区區期科部室队隊工员員]$/u.test(n) && [...n].every((c) => c.charCodeAt(0) >= 0x4e00 && c.charCodeAt(0) <= 0x9fff));
}

// Common surnames, Simplified and Traditional.
const SURNAMES = new Set([..."王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾萧蕭田董潘袁蔡蒋蔣余于杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋傅方邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"]);

export function withoutHeadcount(name: string): string {
  const last = name.charCodeAt(name.length - 1);
  // (A bracket, or pay's last character: a digit, 元, 月, 年, 天, 时/時, K; most names end otherwise.)
  if (last !== 0x29 && last !== 0xff09 && !(last >= 0x30 && last <= 0x39) && !"元月年天时時kKＫ万萬千人名位议議招聘徵".includes(name[name.length - 1] ?? "")) return name;
  const open = last === 0x29 || last === 0xff09 ? Math.max(name.lastIndexOf("（"), name.lastIndexOf("(")) : -1;
  if (open > 0) {
    const bracket = name.slice(open);
    const closed = bracket.endsWith(")") || bracket.endsWith("）");
    // (Or who holds it: "站长（由公证处副主任兼任）".)
    if (HEADCOUNT.test(bracket) || REVISION_NOTE.test(bracket) || (closed && POSTING_BRACKET.test(bracket)) || (closed && PAY.test(bracket.slice(1, -1))) || (closed && (HELD_BY.test(bracket) || heldByPeople(bracket.slice(1, -1))))) return name.slice(0, open).trimEnd();
  }
  // "仓库管理员 5000-7000元/月", "冷库主管   8000-11000元/月   招1人", "质检员  面议": the pay and headcount after spaces.
  let rest = name;
  for (let k = 0; k < 3; k++) {
    const space = Math.max(rest.lastIndexOf(" "), rest.lastIndexOf("\t"), rest.lastIndexOf("\u3000"));
    const word = rest.slice(space + 1);
    if (space <= 1 || !(PAY_AFTER.test(word) || POSTED_COUNT.test(word))) break;
    rest = rest.slice(0, space).trimEnd();
  }
  return rest;
}

// A recruitment announcement's facts on a post in brackets: its code or its headcount among others ("（岗位代码：WJ2401，
// 专业技术岗位，招聘1人）", "（职位代码：10023）", "（1名，正科级）").
const POSTING_BRACKET = /^[(（][^()（）]{0,40}?(?:(?:代码|代碼|编码|編碼|编号|編號)[:：]?\s*[A-Za-z0-9０-９]|(?:招聘?|选聘|選聘)?\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[人名](?:[，,、]|(?=[)）]$)))[^()（）]{0,40}[)）]$/u;

// A posting's headcount or terms after its title: "招1人", "2名", "若干人", "面议", "急招".
const POSTED_COUNT = /^(?:招聘?|需|急招)?\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十两兩]{1,3}|若干)\s*[人名位]$|^(?:面议|面議|急招|急聘|急徵|薪资面议|薪資面議)$/u;

// Pay in brackets: an amount in K or 千/万 or 元, 面议, 月薪/年薪/底薪.
// (And a posting's days off: "（月休8天）", "（週休二日）".)
const PAY = /[0-9０-９][kKＫ千万萬]|[0-9０-９]\s*元|面议|面議|薪|NT\$|\$|￥|¥|^(?:月休|週休|周休)/u;
// Pay after the name and a space: "5000-7000元/月", "4K-6K", "4K-6K，包吃住".
const PAY_AFTER = /^(?:[￥¥$]|NT\$)?[0-9０-９][0-9０-９.,]*[kKＫ千万萬元]?(?:[-~～至到][0-9０-９][0-9０-９.,]*[kKＫ千万萬元]?)?(?:[/／每](?:月|年|天|时|時))?(?:[，、·].*)?$/u;

// A versioned handbook's note on the post: "（V3.2新增）", "（新增）", "（2024年修订）".
const REVISION_NOTE = /^[(（]\s*(?:[Vv]?[0-9][0-9.]*(?:版|年)?\s*)?(?:新增|修订|修訂|调整|調整|更新)\s*[)）]$/u;

// (Also "（机加、装配各1人）", "（按项目规模配置1～3人）", and "（兼）": a post someone holds besides his own.)
const HEADCOUNT = /^[(（]\s*(?:[^()（）0-9０-９]{0,10}?(?:[0-9０-９]+\s*[-~～至到]\s*)?(?:[0-9０-９]+|[一二三四五六七八九十两兩]+)\s*[人名位]|若干(?:\s*[人名位])?|兼)\s*[)）]$/u;

/**
 * Whether a name ends with a position's word (POSITION_END). Only its last characters are tried: every word of
 * the pattern, with the character before it that some check, is shorter than eight (and the pattern, tried at
 * each place of a longer text, cost with its length).
 */
export function endsLikePosition(name: string): boolean {
  const tail = name.length > 8 ? name.slice(-8) : name;
  return POSITION_END.test(tail) || POSITION_END_MORE.test(tail) || tradeWorker(name);
}

/**
 * A trade's worker named with 工 ("落葬工", "石刻工"): an ideograph before 工 that makes no word for work itself (员工,
 * 分工, 施工, 加工, 化工…). (Tested apart from POSITION_END: a leading class in that pattern made it slow on every name.)
 */
function tradeWorker(name: string): boolean {
  const n = name.length;
  // (Three characters at least: "李工" is how Engineer Li is addressed.)
  if (n < 3 || name.charCodeAt(n - 1) !== 0x5de5) return false;
  const before = name.charCodeAt(n - 2);
  const first = name.charCodeAt(n - 3);
  return first >= 0x4e00 && first <= 0x9fff && before >= 0x4e00 && before <= 0x9fff && !NOT_TRADE.has(before);
}
const NOT_TRADE = new Set([..."员員分施开開完加用务務手人做罢罷竣怠旷曠停返复復民职職化动動上下收打零理美全总總童"].map((c) => c.charCodeAt(0)));

/** A short line that names a position: "銷售經理", "二級區域銷售經理", "倉庫保管員". */
// Officers' titles in English letters, and the holder's name after a dash.
const OFFICER = /^(?:C[EOTFMIHPDS]O|[SE]?VP|HRBP|HRD)(?:\s*[—–-]{1,2}\s*[\u4e00-\u9fff·]{2,5})?$/u;

export function isPositionName(text: string): boolean {
  // An officer's title in English letters, alone or with the holder's name after a dash: "CEO", "CTO — 赵峰".
  if (text.charCodeAt(0) >= 0x41 && text.charCodeAt(0) <= 0x5a && OFFICER.test(text.trim())) return true;
  const t = withoutEnglishName(text.trim());
  // (The length of the name without a bracket after it: "營運經理（Operations Manager）".)
  const last = t.charCodeAt(t.length - 1);
  // (Or a level after the English: "测试开发工程师 SDET (P5/P6)".)
  const bare = last === 0x29 || last === 0xff09 ? withoutEnglishName(t.replace(/[(（][^)）]*[)）]$/u, "").trimEnd()) : t;
  // A contract's party named by the post it fills: "乙方（住家保姆）".
  if (bare !== t && PARTY.test(bare)) return isPositionName(t.slice(bare.length + 1, -1));
  // An acronym glossed by the post it stands for: "HRBP（人力资源业务伙伴）".
  if (bare !== t && /^[A-Z]{2,6}$/u.test(bare)) return t.length <= 24 && endsLikePosition(t.slice(bare.length + 1, -1));
  // (A list in the bracket is the post's remit: "副总经理（分管个险、银保渠道）".)
  // (Three posts one person holds run longer: "村委会副主任、村民兵连长、治保主任".)
  // (A shift's hours in the bracket have colons: "白班护理员（7:00—15:00）".)
  // (Not a letter's salutation: "各位理事：", "尊敬的各位家长".)
  if (bare.length < 2 || bare.length > (bare.includes("、") ? 28 : 16) || t.length > 40 || SENTENCE_PUNCT.test(t) || SALUTATION.test(t) || (/[:：]/u.test(t) && (/[:：]/u.test(bare) || !SHIFT_HOURS.test(t.slice(bare.length))))) return false;
  // Two or three posts that one person holds: "党委书记、董事长", "书记、主任".
  if (bare.includes("、")) return bare.split("、").every((p) => p.length >= 2 && !DUTY_START.test(p) && endsLikePosition(p));
  // Or one post with two names: "执行导演/副导演", "场控/房管".
  // (Spaced or not: "營業員 / 物業顧問 (Property Consultant)".)
  if ((bare.includes("/") || bare.includes("／")) && bare.charCodeAt(0) >= 0x4e00 && bare.charCodeAt(0) <= 0x9fff) return bare.split(/[/／]/u).every((p) => p.trim().length >= 2 && p.trim().length <= 8 && endsLikePosition(p.trim()));
  // (A post held with another, "道具管理（兼服裝管理）": the bracket says a person holds it.)
  if (bare !== t && bare.length <= 8 && /^[(（](?:兼|兼任)[^)）]{2,12}[)）]$/u.test(t.slice(bare.length).trim()) && !DUTY_START.test(bare) && !heldByPeople(bare)) return true;
  // A duty's first word starts no position, but a short name may share it: 组织委员, 监督员, 执行董事.
  if (DUTY_START.test(t)) return bare.length <= 6 && endsLikePosition(bare) && !/^(?:负责|負責|协助|協助|配合|完成|参与|參與|定期|及时|及時|按时|按時|认真|認真|严格|嚴格|做好|确保|確保)/u.test(bare);
  return endsLikePosition(bare);
}

const PARTY = /^[甲乙丙丁]方$/u;
const SALUTATION = /^(?:各位|诸位|諸位|尊敬的|亲爱的|親愛的)/u;

/** A bracket of a shift's hours: "（7:00—15:00）", "（23:00—次日7:00）". */
const SHIFT_HOURS = /^\s*[(（][0-9０-９]{1,2}[:：][0-9０-９]{2}\s*[-—–~～至到]{1,2}\s*(?:次日|翌日)?[0-9０-９]{1,2}[:：][0-9０-９]{2}[)）]$/u;

/**
 * The Chinese part of a bilingual position name, "Sales Manager 销售经理" or
 * "销售经理 Sales Manager": the English words before or after it (letters,
 * spaces and . & ' / -, with a space between the two parts) are left out;
 * any other text is returned as it is.
 */
export function withoutEnglishName(t: string): string {
  // (Or in brackets after it: "教務組 (Academic Affairs Committee)".)
  t = withoutEnglishGloss(t);
  // (Brackets too, around an abbreviation: "值班轮机员 Engineer Officer of the Watch (EOOW)".)
  const isEnglish = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x20 || c === 0x2e || c === 0x26 || c === 0x27 || c === 0x2f || c === 0x2d || c === 0x28 || c === 0x29;
  let start = 0;
  while (start < t.length && isEnglish(t.charCodeAt(start))) start++;
  let end = t.length;
  while (end > start && isEnglish(t.charCodeAt(end - 1))) end--;
  // Only words set apart by a space count: "QC主管" and "IT专员" are names as they stand.
  if (start > 0 && t.charCodeAt(start - 1) !== 0x20) start = 0;
  // (Or after a full-width bracket: "客戶服務主任（核證翻譯）Client Service Officer".)
  if (end < t.length && t.charCodeAt(end) !== 0x20 && t.charCodeAt(end - 1) !== 0xff09) end = t.length;
  return start === 0 && end === t.length ? t : t.slice(start, end).trim();
}

const ENGLISH_GLOSS = /(?<=[\u4e00-\u9fff])[ \u3000]*[(（][A-Za-z][A-Za-z .,&'/-]{2,60}[)）]$/u;

/** The text without a gloss in English (or another Latin script) in brackets at its end: "主要職責（Key Responsibilities）". */
export function withoutEnglishGloss(t: string): string {
  return glossedInEnglish(t) ? t.replace(ENGLISH_GLOSS, "") : t;
}

/** Whether a text ends with a bracket that opens on a Latin letter ("…（Key Responsibilities）"): ENGLISH_GLOSS's cheap test. */
function glossedInEnglish(t: string): boolean {
  const last = t.charCodeAt(t.length - 1);
  if (last !== 0x29 && last !== 0xff09) return false;
  const open = Math.max(t.lastIndexOf("("), t.lastIndexOf("（"));
  return open > 0 && isLatin(t.charCodeAt(open + 1)) && ENGLISH_GLOSS.test(t);
}

// A posting's first sentence that names its post: "作为销售助理，你需要…".
const AS_POST = /^(?:作为|作為)([^\s，,。；;：:]{2,16})[，,]\s*(?:你|您)/u;

/** A code before a position's name: "HR-01 招聘专员", "QA3 检验员" (not a level of a ladder: "P5 数据分析师"). */
const ROLE_CODE = /^(?![A-Za-z][0-9]{1,2}[ \t\u3000])[A-Za-z]{1,6}[-_.]?[0-9]{1,4}(?:[-_.][0-9]{1,4})?[ \t\u3000]+(?=[\u4e00-\u9fff])/u;
// Between a department and its position in one heading: "行政部—行政经理", "财务部/出纳", "生产部 车间主任".
const DEPARTMENT_SEPARATOR = /[—–\-/／·・|｜\s]+/u;

/**
 * A role's name as headings write it, read apart: the position, and the
 * department when the heading names it first ("行政部—行政经理" → 行政经理 of
 * 行政部); a code before the name is left out. Other names are returned whole.
 */
export function splitRoleName(name: string): { name: string; department: string | null } {
  const bare = name.replace(ROLE_CODE, "");
  const m = DEPARTMENT_SEPARATOR.exec(bare);
  if (m && m.index > 0) {
    const department = bare.slice(0, m.index);
    const position = bare.slice(m.index + m[0].length);
    if (isDepartmentName(department) && isPositionName(position)) return { name: position, department };
  }
  return { name: bare !== name && isPositionName(bare) ? bare : name, department: null };
}

/**
 * A government bureau's name alone, "县应急管理局", "市公安局××分局": a unit, though isDepartmentName leaves 局 out (in
 * running text "協調局的職責如下" and a letterhead are no heading of a unit). For a numbered line over the unit's duties.
 */
export function isBureauName(text: string): boolean {
  return text.length >= 3 && text.length <= 16 && text.endsWith("局") && BUREAU.test(text);
}
const BUREAU = /^[\u4e00-\u9fff×]{2,15}(?<![大格结結布全开開当當饭飯赌賭牌棋骗騙])局$/u;

/** A department's description under its heading, before its roles: "部门职能：负责…", "部門職責：…". */
export function isDepartmentDescription(text: string): boolean {
  return /^(?:部门|部門)(?:职能|職能|职责|職責|概述|概況|概况|简介|簡介|使命|定位|宗旨)\s*[:：]/u.test(text);
}

/** A short line that names a department: "銷售部", "財務中心". */
export function isDepartmentName(text: string): boolean {
  if (text.length > 80 || !DEPARTMENT_CHARS.test(text)) return false;
  const t = cleanName(unspaced(withoutEnglishName(text)));
  if (t.length > 24) return false;
  // (Its length without the other names in brackets: "组织部（党校、党委教师工作部）" starts with 组织 as a duty does.)
  const base = /[)）]$/u.test(t) ? t.replace(/[(（][^()（）]*[)）]$/u, "") : t;
  // (A note on the unit in the bracket may hold commas: "市疾病预防控制中心（公益一类，财政全额拨款）".)
  if (t.length < 2 || (base === t ? t.length > 16 : base.length > 16 || t.length > 24) || SENTENCE_PUNCT.test(base) || /[:：]/u.test(t)) return false;
  // (A list only in the bracket after the name: "資材課（生管、採購、倉庫）".)
  if (t.includes("、") && !/^[^、(（]+[(（][^()（）]*[)）]$/u.test(t)) return false;
  // (A short name is a unit all the same: 策划组, 督导组, 维护部.)
  // ("领导小组办公室": a unit all the same, though 领导 starts a duty.)
  if ((base.length > 4 || /^[各本所该該对對与與在按为為向将將把做]/u.test(t)) && DUTY_START.test(t) && !/^(?:领导小组|領導小組)/u.test(t)) return false;
  // "党委办公室（董事会办公室）": the department's other name in brackets after it.
  // (Not a degree: "学历本科", "北京 海淀区 3-5年 本科" end in 科 as 财务科 does.)
  if (/(?:本|专|專|预|預)科$/u.test(t)) return false;
  // (Nor a post: 储备干部 ends in 部; nor the inside or outside a post works with, "内部：…", "外部：…", nor the whole.)
  if (/(?:干|幹)部$|^(?:内|內|外|全|局)部$/u.test(t)) return false;
  // (Nor the address of a notice: "集团公司各部门：", "各科室".)
  if (/各(?:部门|部門|单位|單位|科室|处室|處室|部)$/u.test(t)) return false;
  // ("营业部／営業部": the name in Chinese and in Japanese, each a unit's.)
  if (t.includes("／") || t.includes("/")) {
    const parts = t.split(/[／/]/u);
    if (parts.length === 2 && parts.every((p) => p.length >= 2 && DEPARTMENT_END.test(p))) return true;
  }
  return DEPARTMENT_END.test(t) || (/[)）]$/u.test(t) && DEPARTMENT_END.test(t.replace(/[(（][^()（）]*[)）]$/u, "")));
}

// A heading with a space between every two characters, as PDF and OCR copies letter-space titles: "项 目 经 理 岗 位 职 责".
const LETTER_SPACED = /^[^\s](?:[ \u3000]+[^\s]){3,}[:：]?$/u;

/** A letter-spaced heading without its spaces ("项 目 经 理" → 项目经理); any other text as it is. */
export function unspaced(text: string): string {
  const second = text.charCodeAt(1);
  if (second !== 0x20 && second !== 0x3000) return text;
  // (Or a short name spread over the width of a wall sheet's box: "站  长", "组　长：". A heading is short: the rest of
  // a long line of glued items, read piece by piece, is never tested whole.)
  return (text.length >= 7 && text.length <= 100 && LETTER_SPACED.test(text)) || (text.length <= 12 && SHORT_SPACED.test(text)) ? text.replace(/[ \u3000]+/gu, "") : text;
}
const SHORT_SPACED = /^[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,2}[:：]?$/u;

/** Drops quotes, colons and stray spaces around a name. */
export function cleanName(s: string): string {
  // The trailing run is tried from its start only (the lookbehind), which keeps a long name linear.
  // (Leading, a slash or bar after a number as well: "01 / BMS算法工程师".)
  // (Trailing, an OCR copy's stray mark as well: "安全员 ~".)
  return s.replace(/^[\s"'“”「」『』《》【】〖〗〔〕［］:：/／|｜\u2588-\u258f]+|(?<![\s"'“”「」『』《》【】〖〗〔〕［］:：~～|｜■□])[\s"'“”「」『』《》【】〖〗〔〕［］:：~～|｜■□]+$/gu, "");
}

/** Whether a colon or white space comes before `end`: where a form field's short label may end (the cheap test). */
export function colonOrSpaceBefore(text: string, end: number): boolean {
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || isSpace(c)) return true;
  }
  return false;
}


/** Whether a colon, or the tab between two cells of a table copied as text, comes before `end`. */
function colonBefore(line: string, end: number): boolean {
  for (let i = 0; i < end && i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a || c === 0x09) return true;
  }
  return false;
}

// The labels of a post's summary, as the heading of a block ("职位概要：") and as a form's field ("岗位目的：…").
const SUMMARY_LABEL = /^(?:职位概要|部门定位|部門定位|岗位定位|崗位定位|職位概要|职务概要|職務概要|职务概述|職務概述|岗位概要|崗位概要|岗位目的|崗位目的|职位目的|職位目的|工作概述|岗位概述|崗位概述|职位概述|職位概述|岗位设置目的|崗位設置目的|工作目标|工作目標|职责概要|職責概要|工作概要)$/u;

export type BlockKind = "duties" | "summary" | "skip" | "form" | "requirements" | "authority" | "relations" | "other";

const BLOCK_HEADINGS: [RegExp, BlockKind][] = [
  // (职位简介 in a civil service's table of posts is what the post does: "职位简介：负责…", "职位简介：" over "1、…".)
  [/^(?:岗位职责|崗位職責|职位简介|職位簡介|具体职责|具體職責|工作范围|工作範圍|职责范围|職責範圍|具体工作职责|具體工作職責|具体工作内容|具體工作內容|主要职能|主要職能|应急职责|應急職責|岗位应急职责|崗位應急職責|工作职责|工作職責|职位职责|職位職責|主要职责|主要職責|工作内容|工作內容|工作项目|工作項目|主要职务|主要職務|职掌|職掌|工作职掌|工作職掌|职责描述|職責描述|岗位描述|崗位描述|职责内容|職責內容|主要工作职责|主要工作職責|职责与工作任务|職責與工作任務|工作职责与任务|实习内容|實習內容|你将负责|你將負責|你会做什么|你會做什麼|你要做什么|你要做什麼|你将做什么|你將做什麼|你的职责|你的職責|岗位说明|崗位說明|职务说明|職務說明|职位说明|職位說明)$/u, "duties"],
  [/^(?:要求|其他条件|其他條件|其他要求|选聘条件|選聘條件|聘用条件|聘用條件|招聘条件|招聘條件|录用条件|錄用條件|入职条件|入職條件|任职要求|任職要求|任职资格|任職資格|资格条件|資格條件|岗位要求|崗位要求|职位要求|職位要求|任职条件|任職條件|岗位任职条件|崗位任職條件|资格要求|資格要求|应聘要求|應聘要求|招聘要求|条件要求|條件要求|应聘条件|應聘條件|应征条件|應徵條件|岗位任职资格|崗位任職資格|能力要求|素质要求|素質要求|基本要求|知识技能要求|知識技能要求|教育背景|工作经验|工作經驗|上岗条件|上崗條件|岗位条件|崗位條件|入职要求|入職要求|任用资格|任用資格|任用条件|任用條件|所需知能|所需知识|所需知識|所需能力|我们希望你|我們希望你|我们期待|我們期待|我们期待你|我們期待你|我们希望|我們希望|你需要具备|你需要具備|希望你具备|希望你具備|加分项|加分項|申请条件|申請條件|优先条件|優先條件|徵才條件|徵才条件|征才条件|需求條件|需求条件|学历学位|學歷學位|学历要求|學歷要求|学位要求|學位要求|专业要求|專業要求|年龄要求|年齡要求)$/u, "requirements"],
  [/^(?:权限|權限|应急权限|應急權限|工作权限|工作權限|岗位权限|崗位權限|职权|職權|职责权限|職責權限|主要权限|主要權限)$/u, "authority"],
  [/^(?:工作关系|工作關係|工作联系|工作聯繫|汇报关系|匯報關係|内部关系|內部關係|外部关系|外部關係|协作关系|協作關係|工作协作关系|联系关系)$/u, "relations"],
  [/^(?:考核指标|考核指標|绩效考核指标|績效考核指標|考核方式|考核方法|考核办法|考核辦法|考核管理|考核依据|考核依據|关键绩效指标|關鍵績效指標|KPI|考核|绩效考核|績效考核|考核标准|考核標準|考核内容|考核內容|考核要求|考核要点|考核要點|绩效指标|績效指標|工作标准|工作標準|工作要求|衡量标准|衡量標準|工作环境|工作環境|工作时间|工作時間|职业发展|職業發展|工作条件|工作條件|使用工具设备|工作设备|工作設備|到岗要求|到崗要求|响应要求|響應要求|不相容岗位|不相容崗位|不相容职务|不相容職務)$/u, "other"],
  [SUMMARY_LABEL, "summary"],
  [/^(?:职位描述|職位描述)$/u, "summary"],
  // The heading above a form's fields ("一、基本信息" over 岗位名称：… 所属部门：…): the fields say what it holds.
  [/^(?:基本信息|基本資訊|基本資料|基本情况|基本情況|岗位基本信息|崗位基本信息|职位基本信息|職位基本信息|岗位信息|崗位信息|职位信息|職位信息|岗位基本情况|崗位基本情況)$/u, "form"],
  // A village official's share of the villages' groups or areas: "联系村民小组：第一、第二村民小组", "包片：东片".
  [/^(?:联系|聯繫|聯絡)(?:村民小组|村民小組|村组|村組|片区|片區|网格|網格|社区|社區|点|點)$|^包(?:片|保)(?:区域|區域|对象|對象)?$/u, "other"],
  // The posts a department has, listed ("岗位设置：产品总监（1人）、产品经理（3人）"): no duties of a role.
  [/^(?:岗位设置|崗位設置|内设岗位|內設崗位|定岗定编|定崗定編|人员编制|人員編制|人员配置|人員配置|岗位编制|崗位編制)$/u, "other"],
  // A posting's pay and benefits are not part of the job: kept out of the tree, in `ignored`.
  [/^(?:薪酬待遇|薪酬福利|福利待遇|薪资待遇|薪資待遇|待遇|福利|公司福利|我们提供|我們提供|我们能提供|我們能提供|我们可以提供|我們可以提供|薪资福利|薪資福利|你将获得|你將獲得|员工福利|員工福利|公司介绍|公司介紹|企业介绍|企業介紹|关于我们|關於我們|应聘方式|應聘方式|應徵方式|应征方式|投递方式|投遞方式|申请方式|申請方式|报名方式|報名方式|联系方式|聯絡方式|聯繫方式)$/u, "skip"],
];

/** A job-description block heading such as "任职要求：", with what follows it on the line. */
export function blockHeading(line: string): { kind: BlockKind; title: string; rest: string } | null {
  // Cheap test first: a block heading is short, or has its colon within the first few characters (an English
  // label before it: a little further), or is a title in brackets or followed by a space.
  // (An English label may come first: "Requirements 要求".)
  // (A title glossed in English in brackets is read without the gloss: "主要職責（Key Responsibilities）".)
  if (line.length <= 60) line = withoutEnglishGloss(line);
  const latin = isLatin(line.charCodeAt(0));
  if (line.length > 14 && !(latin && line.length <= 40) && !colonBefore(line, latin ? 40 : 14) && !opensTitle(line)) return null;
  // Only the head is matched (a pattern that ran on to the end of the line made a line of thousands of pieces quadratic).
  const trimmed = withoutEnglishLabel(unspaced(line.trim()));
  if (trimmed === null) return englishBlock(line.trim());
  // Without a colon, the title is the whole line, of ten characters at most.
  // (Or a title in brackets with a note: "【考核指标（KPI）】".)
  if (trimmed.length > 10 && !colonBefore(trimmed, Math.min(trimmed.length, 14)) && !opensTitle(trimmed)) return null;
  // The title ends at a colon, at the tab after a table's cell ("岗位职责\t1.负责…", a Word table copied as text), with
  // the line, at the end of its brackets ("【岗位职责】1、…"), or at a space before the list's first item ("岗位职责 1.…").
  const m = /^(?:(?<bracketed>[【\[［][^】\]］]{2,14}[】\]］])[ \t\u3000]*|(?<title>[^:：\s]{2,16})(?:\s*[:：]\s*|\t\s*|\s*$))/u.exec(trimmed)
    ?? spacedTitle(trimmed);
  if (!m) return null;
  const head = m.groups!.title ?? m.groups!.bracketed!;
  const title = (head.includes("（") || head.includes("(") ? head.replace(/[(（][A-Za-z]{2,6}[)）](?=[】\]］]?$)/u, "") : head).replace(/^[一二三四五六七八九十]+[、.．]|^[【\[［(（]|[】\]］)）]$/gu, "");
  const rest = trimmed.slice(m[0].length).trim();
  // A bare "要求：" heads a block only on a line of its own or before a list ("要求：按时上报" is a sentence).
  // (Unless what follows reads as a post's qualifications: "要求：本硕均为统招，逻辑好，Excel熟练".)
  if (title === "要求" && rest && !startsList(rest) && !QUALIFICATIONS.test(rest)) return null;
  // (A title in brackets spaced out to a column's width: "【权　　限】".)
  const bare = m.groups!.bracketed && (title.includes(" ") || title.includes("\u3000")) ? title.replace(/[ \u3000]+/gu, "") : title;
  // ("【权限／権限】": the title in Chinese and in Japanese, read by the first.)
  const slash = bare.length >= 5 ? bare.search(/[／/]/u) : -1;
  const kind = blockKind(bare) ?? (slash >= 2 ? blockKind(bare.slice(0, slash)) : null);
  return kind && { kind, title: m[0].trim(), rest };
}

// The words of a post's qualifications.
const QUALIFICATIONS = /学历|學歷|本科|大专|大專|硕士|碩士|博士|统招|統招|专业|專業|经验|經驗|年龄|年齡|周岁|週歲|熟练|熟練|优先|優先|证书|證書|中专|中專|高中/u;

function blockKind(title: string): BlockKind | null {
  for (const [re, kind] of BLOCK_HEADINGS) if (re.test(title)) return kind;
  return null;
}

/** Whether a line opens with a title in brackets ("【岗位职责】…") or a short title and a space ("岗位职责 1.…"). */
function opensTitle(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c === 0x3010 || c === 0x5b || c === 0xff3b) {
    for (let i = 3; i <= 15 && i < line.length; i++) {
      const d = line.charCodeAt(i);
      if (d === 0x3011 || d === 0x5d || d === 0xff3d) return true;
    }
    return false;
  }
  for (let i = 2; i <= 10 && i < line.length; i++) {
    const d = line.charCodeAt(i);
    if (d === 0x20 || d === 0x3000) return true;
    if (d === 0x3a || d === 0xff1a || d === 0x09) return false;
  }
  return false;
}

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
// The first item of a list: 1、 1. 1) (1) 一、 (一) ① ⑴.
const FIRST_ITEM = /^(?:(?:1|１|一)[、.．)）]|[(（](?:1|１|一)[)）]|[①⑴])/u;

/** Whether a text starts with the first item of a list (1、 1. (1) 一、 ① ⑴). */
export function startsList(text: string): boolean {
  return FIRST_ITEM.test(text);
}

/**
 * Where the first item of a list starts in a line's first `within` characters, after a space when `afterSpace`
 * ("区域经理岗位职责 1、…") or anywhere ("…职责（一）…"); -1 when it does not.
 */
export function firstItemAt(text: string, within: number, afterSpace: boolean): number {
  for (let i = 2; i < within && i < text.length; i++) {
    const c = text.charCodeAt(i - 1);
    if (afterSpace && c !== 0x20 && c !== 0x3000) continue;
    if (FIRST_ITEM.test(text.slice(i))) return i;
  }
  return -1;
}

/** A title, spaces, then its list's first item ("岗位职责 1.…"): the match blockHeading takes, or null. */
function spacedTitle(text: string): { 0: string; groups: { title: string; bracketed?: string } } | null {
  const at = firstItemAt(text, 12, true);
  if (at < 0) return null;
  const head = text.slice(0, at);
  const title = head.trimEnd();
  return /^[^:：\s]{2,10}$/u.test(title) ? { 0: head, groups: { title } } : null;
}

// Block headings in English: "Responsibilities:", "Requirements", "What you will do:".
const ENGLISH_BLOCKS: [RegExp, BlockKind][] = [
  [/^(?:(?:key |main |job |your )?(?:responsibilities|duties)|what you(?:'ll| will) do|job scope|scope of (?:work|duties))$/iu, "duties"],
  [/^(?:(?:job |basic |minimum )?(?:requirements|qualifications)|what we(?:'re| are) looking for|who you are)$/iu, "requirements"],
  [/^(?:nice to have|bonus points|preferred qualifications|pluses)$/iu, "requirements"],
  [/^(?:reporting to|reports to|report to|reporting line)$/iu, "relations"],
  [/^(?:benefits|what we offer|perks)$/iu, "skip"],
  [/^(?:kpis?|key performance indicators|performance measures)$/iu, "other"],
];

/**
 * The line without an English label beside its Chinese one ("Job Responsibilities 工作职责：…", "工作职责
 * Job Responsibilities"); null when the label is in English alone; the line as it is when it has none.
 */
function withoutEnglishLabel(t: string): string | null {
  const c = t.charCodeAt(0);
  if (isLatin(c)) {
    // Up to the first Chinese character, when English words alone come before it.
    let i = 0;
    while (i < t.length && i < 40 && (isLatin(t.charCodeAt(i)) || " &/'’-".includes(t[i]!))) i++;
    if (i >= t.length || t[i] === ":" || t[i] === "：") return null;
    return t.charCodeAt(i) >= 0x4e00 && t.charCodeAt(i) <= 0x9fff ? t.slice(i) : t;
  }
  // "工作职责 Job Responsibilities", "職位要求 Requirements:": English words after the title and a space, to the end.
  // (Looked for in the first characters only: a line of thousands of glued pieces comes here once a piece.)
  let space = -1;
  for (let i = 2; i <= 10 && i < t.length; i++) {
    if (t[i] === " " || t[i] === "\u3000") {
      space = i;
      break;
    }
  }
  if (space < 0) return t;
  // (Not a value after the title's colon: "任职要求：熟练使用 Excel" keeps its last word.)
  for (let i = 0; i < space; i++) if (t[i] === ":" || t[i] === "：") return t;
  let end = t.length;
  if (t[end - 1] === ":" || t[end - 1] === "：") end--;
  const colon = t.slice(end);
  // ("任職要求 Requisitos de Admissão（適用於上述所有職位）": Portuguese too, and a note in brackets after it.)
  if (t[end - 1] === "）" || t[end - 1] === ")") {
    const open = Math.max(t.lastIndexOf("（", end), t.lastIndexOf("(", end));
    if (open > space + 1) end = open;
  }
  for (let i = space + 1; i < end; i++) if (!(isLatin(t.charCodeAt(i)) || (t.charCodeAt(i) >= 0xc0 && t.charCodeAt(i) <= 0x17f) || " &/'’-".includes(t[i]!))) return t;
  return isLatin(t.charCodeAt(space + 1)) ? t.slice(0, space) + colon : t;
}

/** A block heading in English alone: "Responsibilities:", "What you will do". */
function englishBlock(t: string): { kind: BlockKind; title: string; rest: string } | null {
  const colon = t.search(/[:：]/u);
  const label = (colon < 0 ? t : t.slice(0, colon)).trim();
  if (label.length > 32) return null;
  for (const [re, kind] of ENGLISH_BLOCKS) {
    if (re.test(label)) return { kind, title: colon < 0 ? t : t.slice(0, colon + 1), rest: colon < 0 ? "" : t.slice(colon + 1).trim() };
  }
  return null;
}

export type FieldKind = "role" | "department" | "relation" | "summary" | "contact" | "signoff" | "other";

// Who staffs a group of an emergency plan or of an event's committee.
const STAFFING = /^(?:组长|組長|副组长|副組長|成员|成員|组员|組員|总指挥|總指揮|副总指挥|副總指揮|指挥长|指揮長|副指挥长|副指揮長|牵头单位|牽頭單位|牵头部门|牽頭部門|责任单位|責任單位|配合单位|配合單位|牵头领导|牽頭領導|联络员|聯絡員)$/u;
/** "组长", "成  员", "牵头单位": the label of a line that says who staffs a group, not what it does. */
export function isStaffingLabel(label: string): boolean {
  return STAFFING.test(label);
}
const STAFF_DUTY = /负责|負責|协助|協助|主持|承担|承擔|统筹|統籌|[。；;]$/u;

const FIELDS: [RegExp, FieldKind][] = [
  // 職稱 names the post in Taiwan and Hong Kong; 职称 in mainland sheets is a professional grade ("职称：中级"), not a post.
  [/^(?:职位名称|職位名稱|岗位名称|崗位名稱|职务名称|職務名稱|职务|職務|職稱|职位|職位|岗位|崗位|招聘岗位|招聘崗位|招聘职位|招聘職位|職缺|职缺|職缺名稱|职缺名称)(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2}|[(（](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[)）])?$/u, "role"],
  // (A recruitment announcement's hiring unit, "招聘单位：区林业工作站", "招录机关：XX县税务局", holds its posts as a department does.)
  [/^(?:所属部门|所屬部門|所在部门|所在部門|所属单位|所屬單位|所在单位|所在單位|部门|部門|部门名称|部門名稱|隶属部门|隸屬部門|组别|組別|招聘单位|招聘單位|用人单位|用人單位|招录机关|招錄機關|招考单位|招考單位|主管部门|主管部門)$/u, "department"],
  [/^(?:直接上级|直接上級|直接下级|直接下級|直接下属|直接下屬|直属下属|直屬下屬|直属上司|直屬上司|直属上级|直屬上級|直属主管|直屬主管|下属|下屬|属下人员|屬下人員|下属人员|下屬人員|代理人|职务代理人|職務代理人|汇报对象|匯報對象|上级|上級|下级|下級|间接上级|間接上級|间接下级|間接下級|汇报上级|督导上级|管理幅度|督导对象|督導對象|下属人数|下屬人數|岗位定员|崗位定員|定员|定員|分管领导|分管領導)$/u, "relation"],
  [SUMMARY_LABEL, "summary"],
  [/^(?:应聘方式|應聘方式|联系电话|聯繫電話|联系人|聯繫人|联系方式|聯繫方式|邮箱|郵箱|电子邮件|電子郵件|简历投递|簡歷投遞|简历请投递至|簡歷請投遞至|简历投递至|簡歷投遞至|简历请发送至|簡歷請發送至|投递方式|投遞方式|公司地址|地址|电话|電話|监督电话|監督電話|咨询电话|諮詢電話|投诉电话|投訴電話|服务热线|服務熱線|客服热线|客服熱線|热线|熱線|热线电话|熱線電話)$/u, "contact"],
  [/^(?:编制|編制|编制人|編制人|拟稿|擬稿|拟稿人|擬稿人|签发|簽發|签发人|簽發人|核稿|核稿人|制表|製表|制表人|製表人|填表|填表人|审核|審核|审核人|審核人|批准|批准人|审批|審批|日期|编制日期|編制日期|生效日期|修订日期|修訂日期|核准|核准人|編製|編製人|制定人|製定人|拟制|擬制|会签|會簽|制定日期|審核日期|审核日期|批准日期|核准日期|拟备|擬備|制定部门|制定部門|编制部门|編制部門|归口部门|歸口部門|发布部门|發布部門|版本|版次|版本号|版本號)$/u, "signoff"],
  [/^(?:招聘人数|招聘人數|职位编号|職位編號|岗位编号|崗位編號|编号|編號|岗位等级|崗位等級|职级|職級|职等|職等|工作地点|工作地點|薪资|薪資|薪资范围|薪資範圍|招聘人数|招聘人數|发布日期|發布日期|编写人|工作性质|工作性質|岗位类别|崗位類別|学历|學歷|姓名|职务类别|職務類別|工作待遇|上班地点|上班地點|需求人数|需求人數|休假制度|上班时段|上班時段|承办人|承辦人|经验|經驗|工作经验|工作經驗|工作年限|管理責任|管理责任|出差外派|可上班日|到職日|到职日|督導人數|督导人数|職務代號|职务代号|工作人员|工作人員|在岗人员|在崗人員|组成人员|組成人員|任职者|任職者|在职者|在職者|现任|現任|责任人|責任人|担任人|擔任人|英文职称|英文職稱|英文名称|英文名稱|英文职位|英文職位|职位英文名|職位英文名)$/u, "other"],
  [STAFFING, "other"],
];

export interface FormField {
  kind: FieldKind;
  label: string;
  value: string;
}

/** A form field "职位名称：销售主管": its kind, label and value. */
export function formField(line: string): FormField | null {
  const field = readField(line);
  // A group's staff ("组长：镇武装部部长", "成  员：党政办、应急办…") is a field; "总指挥：全面负责全镇…" names the post and its duty.
  if (field && field.kind === "other" && STAFFING.test(field.label) && (!field.value || STAFF_DUTY.test(field.value) || (startsLikeDuty(field.value) && !/^[各本所该該]/u.test(field.value)))) return null;
  return field;
}

function readField(line: string): FormField | null {
  // "职位名称：销售主管", or with only spaces after a long label: "岗位名称 销售经理".
  let trimmed = line.trim();
  // "**职务：教导主任**": a field in strong emphasis (Markdown saved as text).
  if (trimmed.charCodeAt(0) === 0x2a && trimmed.length > 4 && trimmed.startsWith("**") && trimmed.endsWith("**")) trimmed = trimmed.slice(2, -2).trim();
  // "【汇报对象】质量保障负责人": the label in brackets.
  if (trimmed.charCodeAt(0) === 0x3010) return bracketedField(trimmed);
  // "Job Title 職位 : Operations Officer 營運主任": a bilingual label, read by its Chinese half.
  if (isLatin(trimmed.charCodeAt(0))) {
    const chinese = withoutEnglishLabel(trimmed);
    if (chinese && chinese !== trimmed) {
      const f = formField(chinese);
      if (f) return f;
    }
  }
  // Cheap test first: a label of eight characters at most ends at a colon or white space.
  if (!colonOrSpaceBefore(trimmed, 9)) return null;
  // Only the head is matched, as in blockHeading: the value is the rest of the line.
  // (Or a cell of a Word table copied as text, its value after a tab whatever the label's length: "職稱⇥工作站主任⇥職等⇥技正".)
  const m = /^(?<label>[^:：\s]{2,8})(?:\s*[:：]|\t+(?=\S)|(?<=^[^:：\s]{4,8})[ \t\u3000]+(?=\S))\s*/u.exec(trimmed);
  // (A label so short, only with cells in pairs, each label a field's: "岗位⇥关键绩效指标（KPI）⇥权重" and "岗位⇥标准店⇥大型店⇥备注"
  // head a table's columns.)
  const kind = m && (m.groups!.label!.length >= 4 || !m[0].includes("\t") || /[:：]/u.test(m[0]) || labelsInPairs(trimmed)) ? fieldKind(m.groups!.label!) : null;
  if (kind) {
    // "職位名稱 Position Title：活動助理": the label's English half before the colon is no part of the value.
    const value = trimmed.slice(m![0].length).trim();
    const english = isLatin(value.charCodeAt(0)) ? ENGLISH_LABEL_REST.exec(value) : null;
    return { kind, label: m!.groups!.label!, value: english ? value.slice(english[0].length) : value };
  }
  // "職位 Position：院舍主管": a short Chinese label with its English after it.
  const bilingual = BILINGUAL_LABEL.exec(trimmed);
  const bilingualKind = bilingual && fieldKind(bilingual.groups!.label!);
  if (bilingualKind) return { kind: bilingualKind, label: bilingual!.groups!.label!, value: trimmed.slice(bilingual![0].length).trim() };
  // A label spaced out to the width of the form's column: "職　　稱：課長".
  const spaced = SPACED_LABEL.exec(trimmed);
  const label = spaced?.groups!.label!.replace(/[ \u3000]/gu, "");
  const spacedKind = label ? fieldKind(label) : null;
  return spacedKind ? { kind: spacedKind, label: label!, value: trimmed.slice(spaced![0].length).trim() } : englishRoleField(trimmed);
}

// The English half of a bilingual label, up to its colon: "Position Title：", "Dept:".
const ENGLISH_LABEL_REST = /^[A-Za-z][A-Za-z .&/'’-]{0,40}[:：]\s*(?=\S)/u;

function bracketedField(text: string): FormField | null {
  const close = text.indexOf("】");
  if (close < 3 || close > 9) return null;
  const label = text.slice(1, close).trim();
  const kind = fieldKind(label);
  return kind && { kind, label, value: text.slice(close + 1).replace(/^[:：]/u, "").trim() };
}

const BILINGUAL_LABEL = /^(?<label>[\u4e00-\u9fff]{2,8})[ \u3000]+[A-Za-z][A-Za-z/&.'-]*(?: [A-Za-z/&.'-]+){0,4} ?[:：]\s*/u;
const SPACED_LABEL = /^(?<label>[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,4})[ \u3000]*[:：][ \u3000]*/u;

// A job board's facts after a post's name: "前端开发工程师 | 15-25K·13薪 | 杭州 | 3-5年 | 本科".
const POSTING_FACT = /[0-9][kK千万]|薪|元|[0-9]年|年以上|经验|經驗|本科|大专|大專|硕士|碩士|博士|学历|學歷|不限|应届|應屆|全职|全職|实习|實習/u;

/**
 * A job board's line of facts under a post's name: "12-18K·13薪 | 杭州·余杭区 | 1-3年 | 大专" (three parts or
 * more between bars or dots, most of them pay, place, experience or schooling).
 */
export function isPostingFacts(text: string): boolean {
  if (text.length > 80 || !/[|｜]/u.test(text)) return false;
  const parts = text.split(/[|｜]/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 3) return false;
  const facts = parts.filter((p) => POSTING_FACT.test(p) || POSTING_PLACE.test(p) || /^[\u4e00-\u9fff]{2,4}[·・][\u4e00-\u9fff]{2,6}$/u.test(p)).length;
  return facts * 3 >= parts.length * 2 && !/负责|負責/u.test(text);
}

/** A post's name without the job board's facts after it between bars; the text itself when it has none. */
function withoutPostingFacts(text: string): string {
  if (text.length > 120) return text;
  // "yes123求職網｜嘉味食品股份有限公司｜物流司機": a job site's page title, its post last.
  const lastBar = Math.max(text.lastIndexOf("｜"), text.lastIndexOf("|"));
  if (lastBar > 0 && text.length - lastBar <= 16 && POSTING_SOURCE.test(text.slice(0, lastBar))) {
    const post = text.slice(lastBar + 1).trim();
    if (isPositionName(post)) return post;
  }
  // ("信贷风控策略专家  杭州 / 30-50K·15薪 / 5-10年": facts between slashes after a wide space.)
  const wide = text.search(/[ \u3000]{2}/u);
  if (wide >= 2 && wide <= 24 && text.includes(" / ") && POSTING_FACT.test(text.slice(wide))) return text.slice(0, wide);
  let bar = text.indexOf("|");
  if (bar < 0 || bar > 24) bar = text.indexOf("｜");
  if (bar < 2 || bar > 24 || !(POSTING_FACT.test(text.slice(bar, bar + 40)) || POSTING_PLACE.test(text.slice(bar + 1)))) return text;
  return text.slice(0, bar).trimEnd();
}

// What a job site's page title puts before the post: the site, the company.
const POSTING_SOURCE = /求職網|求职网|人力銀行|人力银行|招聘网|招聘網|直聘|智联|智聯|前程无忧|前程無憂|猎聘|獵聘|公司|yes123|1111|104|518/u;

// A job board's place after a post's name and a bar: "門市店長｜台北市", "店长 | 上海·徐汇区", "工程师｜远程".
const POSTING_PLACE = /^\s*[\u4e00-\u9fff]{2,6}(?:[市縣县区區省镇鎮]|[·・][\u4e00-\u9fff]{2,6}[区區市縣县])\s*$|^\s*(?:北京|上海|广州|廣州|深圳|杭州|南京|苏州|蘇州|成都|重庆|重慶|武汉|武漢|西安|天津|厦门|廈門|台北|臺北|新北|台中|臺中|台南|臺南|高雄|桃園|香港|澳門|澳门|远程|遠端|遠距|不限)\s*$/u;

/** "Job Title: Supply Chain Analyst 供应链分析师", "Position 2: …": the post's field of an English or bilingual posting. */
function englishRoleField(trimmed: string): FormField | null {
  const first = trimmed.charCodeAt(0) | 0x20;
  const m = first === 0x6a || first === 0x70 ? /^(Job Title|Position Title|Post Title|Position|Job Name)(?:\s*(?:No\.?\s*)?[0-9]{1,2})?\s*[:：]\s*(?=\S)/iu.exec(trimmed) : null;
  if (m) return { kind: "role", label: m[1]!, value: trimmed.slice(m[0].length).trim() };
  // "Reports to: Managing Director 董事總經理": whom the post reports to, a field of the form (not a block over a list).
  const r = first === 0x72 || first === 0x6c || first === 0x73 || first === 0x64 ? /^(Reports? to|Reporting to|Reporting Line|Line Manager|Supervisor|Direct Supervisor)\s*[:：]\s*(?=\S)/iu.exec(trimmed) : null;
  return r && { kind: "relation", label: r[1]!, value: trimmed.slice(r[0].length).trim() };
}

/** The kind of field a label names ("岗位名称" a role, "所属部门" a department), or null. */
export function fieldKind(label: string): FieldKind | null {
  for (const [re, kind] of FIELDS) if (re.test(label)) return kind;
  return null;
}

/** The fields of a form line, which may hold several ("职位名称：仓储主管　　所属部门：物流中心"). */
export function formFields(line: string): FormField[] | null {
  // A line whose first field is no field is no form (the whole line matches wherever its first part does): say so before splitting all of it.
  const first = formField(line);
  if (!first) return null;
  // (One field unless a second colon or a tab follows the first: most form lines hold one.)
  if (!line.includes("\t") && !holdsTwoColons(line)) return [first];
  if (line.includes("\t")) {
    const row = tableRowFields(line);
    if (row) return row;
  }
  // Runs of spaces are tried from their start only (the lookbehinds): tried at each space of a long run, the split took time with the square.
  // (A tab alone parts two fields too, as a Word table's cells copied as text: "岗位名称：店长⇥岗位编号：YY-01"; and a
  // label may be spaced out: "職　　稱：會計專員　　　　職　　等：5職等".)
  const parts = line.trim().split(/(?:(?<![ \t])(?:[ \t]{2,}|\t)|(?<!\u3000)\u3000+)(?=(?:[^:：\s]{2,8}|[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,4})\s*[:：])/u);
  const fields: FormField[] = [];
  for (const part of parts) {
    // (After a known first field, any short label: "職務代碼：XX-02" is no field the tree knows, but no part of the post's name.)
    const f = formField(part) ?? (fields.length ? otherField(part) : null);
    if (!f) return null;
    fields.push(f);
  }
  return fields;
}

/** A line's cells between tabs, trimmed, the empty ones left out (a Word table's row copied as text). */
export function tabCells(line: string): string[] {
  return line.split("\t").map((c) => c.trim()).filter((c) => c !== "");
}

/** Whether a line's cells between tabs come in pairs, a field's label and its value. */
export function labelsInPairs(line: string): boolean {
  const cells = tabCells(line);
  return cells.length % 2 === 0 && cells.every((c, k) => k % 2 === 1 || fieldKind(c.replace(/[:：]$/u, "")) !== null);
}

function holdsTwoColons(line: string): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === 0x3a || c === 0xff1a) && ++n === 2) return true;
  }
  return false;
}

/** A short label a form's row may hold besides the fields the tree knows ("職務代碼", "填寫日期"). */
const OTHER_LABEL = /^[\u4e00-\u9fff]{2,6}$/u;

/** "職務代碼：XX-02" or "職　　等：5職等": a field of a kind the tree does not know. */
function otherField(part: string): FormField | null {
  const m = /^([^:：\s]{2,8}|[\u4e00-\u9fff](?:[ \u3000]{1,4}[\u4e00-\u9fff]){1,4})\s*[:：]\s*/u.exec(part.trim());
  if (!m) return null;
  const label = m[1]!.replace(/[ \u3000]/gu, "");
  return { kind: fieldKind(label) ?? "other", label, value: part.trim().slice(m[0].length).trim() };
}

/**
 * The fields of a row of a table copied out of Word as text: label and value
 * cells in turn, between tabs ("岗位名称\t销售经理\t所属部门\t销售部"); null
 * unless every other cell is a field's label.
 */
function tableRowFields(line: string): FormField[] | null {
  const cells = tabCells(line);
  if (cells.length < 2 || cells.length % 2 !== 0) return null;
  const fields: FormField[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const label = cells[i]!.replace(/[:：]$/u, "");
    // (After a known first field, any short label: "職務名稱\t韌體工程師\t職務代碼\tRD-FW-02".)
    const kind = fieldKind(label) ?? (i > 0 && OTHER_LABEL.test(label) ? "other" : null);
    if (!kind) return null;
    fields.push({ kind, label, value: cells[i + 1]! });
  }
  return fields;
}
