// A sheet written for the search tests: two roles, nested duties, a summary,
// Latin words and full-width forms, in both scripts.
export const SEARCH_SHEET = [
  "一、銷售經理崗位職責",
  "負責區域銷售團隊的日常管理。",
  "1、制定年度銷售計劃，維護大客戶關係；",
  "2、督導客戶服務：",
  "（1）處理客戶投訴；",
  "（2）回訪重點客戶。",
  "3、每月提交ＫＰＩ報表給Sales Director。",
  "4、完成上級交辦的其他工作。",
  "二、客服专员岗位职责",
  "1、接听客户来电，记录客户需求；",
  "2、整理客户档案。",
  "",
].join("\n");
