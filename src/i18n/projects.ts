/** Strings of the plan projects (card, legend, categories), used as t('projects.key'). */
export const projects = {
  zh: {
    category: {
      health: '医疗卫生',
      housing: '住房',
      green: '公园绿地',
      transit: '交通',
      renewal: '城市更新',
      industry: '产业',
    },
    legend: '规划项目',
    card: {
      back: '返回',
      kicker: '规划项目 · {{category}}',
      plan: '规划原文',
      status: '进度',
      year: '计划年度',
      yearValue: '{{year}}年',
    },
  },
  en: {
    category: {
      health: 'Health',
      housing: 'Housing',
      green: 'Parks & green',
      transit: 'Transit',
      renewal: 'Urban renewal',
      industry: 'Industry',
    },
    legend: 'Plan projects',
    card: {
      back: 'Back',
      kicker: 'Plan project · {{category}}',
      plan: 'The plan says',
      status: 'Status',
      year: 'Plan year',
      yearValue: '{{year}}',
    },
  },
};
