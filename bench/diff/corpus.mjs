// Generates the diff benchmark's pairs of sheets: an old sheet of N duties in
// roles of about 20, and a new one with about 5% of its duties changed in
// every way diff reports (reworded, added, removed, moved to another role,
// swapped with a neighbour) and one role in 200 renamed, all renumbered.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { random } from "../random.mjs";

const REGIONS = ["华东", "华南", "华北", "华中", "西南", "西北", "东北", "长三角", "珠三角", "京津冀", "川渝", "闽南", "苏北", "浙西", "鲁中", "豫东", "湘南", "赣北", "皖南", "桂东", "滇西", "黔北", "晋中", "陕南", "甘青", "蒙东", "辽南", "吉西", "黑东", "海南"];
const DEPARTMENTS = ["销售部", "市场部", "客服中心", "财务部", "采购部", "仓储部", "物流部", "质检部", "行政部", "人事部", "工程部", "策划部"];
const TITLES = ["经理", "副经理", "主管", "专员", "助理", "内勤", "督导", "组长", "顾问", "文员", "统计员", "调度员"];
const VERBS = ["负责", "协助", "组织", "参与", "监督", "审核", "编制", "落实", "检查", "跟进", "统筹", "牵头制定", "配合完成", "定期汇总", "及时处理", "认真做好"];
const OBJECTS = ["年度工作计划", "月度销售报表", "客户资料档案", "员工培训考核", "合同评审归档", "库存盘点", "供应商评价", "产品质量异常", "费用报销单据", "市场调研报告", "安全生产检查", "设备维护记录", "招聘面试安排", "应收账款催收", "会议纪要", "办公用品采购", "系统权限管理", "客户投诉回访", "生产进度", "预算执行分析", "促销活动方案", "渠道网点开发", "样品登记", "发货单据核对", "开票信息确认"];
const SCOPES = ["本部门", "所辖区域", "重点客户", "新入职员工", "各经销商", "项目现场", "公司总部", "分支机构"];
const TAILS = ["，确保按时完成。", "，并向上级汇报。", "，对问题提出改进意见。", "，做好记录并妥善保管。", "，保证数据真实准确。", "；", "，维护公司利益。", "，及时反馈处理情况。", "。"];
const REWORDINGS = ["并", "及时", "按月", "认真", "全面", "定期", "严格"];

function roleName(i) {
  const r = REGIONS.length;
  const d = DEPARTMENTS.length;
  const t = TITLES.length;
  const base = REGIONS[i % r] + DEPARTMENTS[Math.floor(i / r) % d] + TITLES[Math.floor(i / (r * d)) % t];
  return i < r * d * t ? base : `${base}（第${Math.floor(i / (r * d * t)) + 1}组）`;
}

function duty(rand, serial) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const parts = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(VERBS) + pick(SCOPES) + pick(OBJECTS));
  // A number makes most duties distinct, as real sheets' details do.
  return `${parts.join("，")}（第${serial}项）${pick(TAILS)}`;
}

/** Inserts a word somewhere inside the text and drops a character elsewhere: a small rewording. */
function reword(rand, text) {
  const chars = [...text];
  const at = 1 + Math.floor(rand() * (chars.length - 2));
  chars.splice(at, 0, REWORDINGS[Math.floor(rand() * REWORDINGS.length)]);
  chars.splice(1 + Math.floor(rand() * (chars.length - 2)), 1);
  return chars.join("");
}

function render(roles) {
  const lines = ["岗位职责汇编（基准测试）"];
  for (const role of roles) {
    lines.push(`${role.name}岗位职责`);
    role.duties.forEach((d, i) => lines.push(`${i + 1}、${d}`));
  }
  return lines.join("\n") + "\n";
}

/** The old and new sheet of `duties` duties, and the number of changes of each kind planted. */
export function sheetPair(duties, seed = 1) {
  const rand = random(seed);
  let serial = 0;
  const roles = [];
  for (let i = 0; serial < duties; i++) {
    const size = Math.min(duties - serial, 15 + Math.floor(rand() * 11));
    roles.push({ name: roleName(i), duties: Array.from({ length: size }, () => duty(rand, ++serial)) });
  }
  const planted = { modified: 0, added: 0, removed: 0, moved: 0, reordered: 0, renamed: 0 };
  const next = roles.map((r) => ({ name: r.name, duties: [...r.duties] }));
  for (const role of next) {
    if (rand() < 0.005) {
      role.name = `${role.name}（新）`;
      planted.renamed++;
    }
    for (let i = 0; i < role.duties.length; i++) {
      const roll = rand();
      if (roll < 0.015) {
        role.duties[i] = reword(rand, role.duties[i]);
        planted.modified++;
      } else if (roll < 0.025) {
        role.duties.splice(i, 0, duty(rand, ++serial));
        i++;
        planted.added++;
      } else if (roll < 0.035) {
        role.duties.splice(i--, 1);
        planted.removed++;
      } else if (roll < 0.043) {
        const [moved] = role.duties.splice(i--, 1);
        let target = next[Math.floor(rand() * next.length)];
        if (target === role) target = next[(next.indexOf(role) + 1) % next.length];
        target.duties.splice(Math.floor(rand() * (target.duties.length + 1)), 0, moved);
        planted.moved++;
      } else if (roll < 0.05 && i + 1 < role.duties.length) {
        [role.duties[i], role.duties[i + 1]] = [role.duties[i + 1], role.duties[i]];
        i++;
        planted.reordered++;
      }
    }
  }
  return { old: render(roles), new: render(next), planted };
}

/** Writes the pair for `duties` duties into `dir` and returns the paths. */
export function writeSheetPair(dir, duties, seed = 1) {
  mkdirSync(dir, { recursive: true });
  const pair = sheetPair(duties, seed);
  const paths = { old: join(dir, `old-${duties}.txt`), new: join(dir, `new-${duties}.txt`) };
  writeFileSync(paths.old, pair.old);
  writeFileSync(paths.new, pair.new);
  return { ...paths, planted: pair.planted };
}
