// Generates the search benchmark's corpus: duty sheets of about 20 KB each, in
// both scripts, some hard-wrapped like PDF copies, a few in UTF-16, with one
// rare duty planted in every tenth sheet (sometimes broken across a line).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js/cn2t";
import { random } from "../random.mjs";

/** The planted duty, as written in Simplified sheets; the benchmark searches for RARE_PHRASE. */
export const RARE_DUTY = "负责量子加密通信设备的季度巡检，并建立巡检台账。";
/** In hard-wrapped sheets the planted duty starts later, so that the wrap breaks the phrase ("…量子加密通" | "信设备…"). */
const RARE_DUTY_WRAPPED = `在部门经理的领导下，按照年度目标要求，${RARE_DUTY}`;
export const RARE_PHRASE = "量子加密通信设备";

const DEPARTMENTS = ["销售部", "财务部", "人力资源部", "生产管理部", "质量管理部", "仓储物流部", "研发中心", "行政办公室", "采购部", "客户服务中心", "信息技术部", "市场部"];
const ROLES = ["经理", "副经理", "主管", "专员", "助理", "文员", "工程师", "统计员", "内勤", "组长", "调度员", "督导"];
const VERBS = ["负责", "协助", "组织", "参与", "监督", "审核", "编制", "落实", "定期检查", "及时处理", "认真做好", "统筹安排", "牵头制定", "配合完成"];
const OBJECTS = ["部门年度工作计划", "月度销售报表", "客户资料档案", "员工培训与考核", "合同评审与归档", "库存盘点工作", "供应商评价", "产品质量异常", "费用报销单据", "市场调研报告", "安全生产检查", "设备维护保养记录", "招聘面试安排", "应收账款催收", "会议纪要整理", "办公用品采购", "信息系统权限", "客户投诉回访", "生产进度跟踪", "预算执行分析"];
const TAILS = ["，确保按时完成。", "，并向上级汇报结果。", "，对发现的问题提出改进意见。", "，做好记录并妥善保管。", "，保证数据真实准确。", "；", "，维护公司利益。", "，及时反馈处理情况。", "。"];
const OPENERS = ["在部门经理的领导下，", "根据公司管理制度，", "按照年度目标要求，", "", "", ""];

function duty(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const n = 1 + Math.floor(rand() * 3);
  const parts = Array.from({ length: n }, () => pick(VERBS) + pick(OBJECTS));
  return pick(OPENERS) + parts.join("，") + pick(TAILS);
}

/** Cuts a line every `width` characters, as text copied out of a PDF is. */
function hardWrap(line, width) {
  const chars = [...line];
  const out = [];
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(""));
  return out;
}

/** One sheet of about `bytes` bytes (UTF-8), in Simplified. */
function sheet(rand, index, bytes, planted) {
  const lines = [`第${index + 1}号 岗位职责汇编`, ""];
  const wrapWidth = rand() < 0.3 ? 28 : null;
  let size = 0;
  let role = 0;
  const plantAt = planted ? 1 + Math.floor(rand() * 4) : -1;
  while (size < bytes) {
    const dept = DEPARTMENTS[role % DEPARTMENTS.length];
    lines.push(`${"一二三四五六七八九十"[role % 10]}、${dept}${ROLES[(role * 7 + index) % ROLES.length]}岗位职责`);
    const count = 8 + Math.floor(rand() * 8);
    for (let d = 1; d <= count; d++) {
      const text = role === plantAt && d === 3 ? (wrapWidth ? RARE_DUTY_WRAPPED : RARE_DUTY) : duty(rand);
      const item = `${d}、${text}`;
      for (const l of wrapWidth ? hardWrap(item, wrapWidth) : [item]) {
        lines.push(l);
        size += Buffer.byteLength(l) + 1;
      }
    }
    lines.push("");
    role++;
  }
  return lines;
}

/** Writes `files` sheets into `dir` in folders of 100; returns the paths of the planted ones. */
export function generateCorpus(dir, { files = 2000, bytes = 20_000, seed = 42 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const rand = random(seed);
  const planted = [];
  let total = 0;
  for (let i = 0; i < files; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    const isPlanted = i % 10 === 3;
    const traditional = i % 2 === 1;
    const lines = sheet(rand, i, bytes, isPlanted);
    let text = lines.join(i % 7 === 0 ? "\r\n" : "\n") + "\n";
    if (traditional) text = toTraditional(text);
    const path = join(folder, `sheet-${String(i).padStart(4, "0")}.txt`);
    const data = i % 97 === 0 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]) : Buffer.from(text);
    writeFileSync(path, data);
    total += data.length;
    if (isPlanted) planted.push(path);
  }
  return { planted, bytes: total };
}
