// The 34 provincial-level divisions, to find the province a plan names first (its own, in the seeds).
const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
];

export interface Place {
  city: string;
  province: string | null;
}

/**
 * The city a plan is for (the start of its title) and the province its text names first.
 * @example findPlace('包头市全民科学素质行动规划纲要实施方案', '…《内蒙古自治区人民政府关于…') // => { city: '包头市', province: '内蒙古自治区' }
 */
export function findPlace(title: string, text: string): Place | null {
  // 市 first: 钦州市 is a city named 钦州, not a 州.
  const city = /^(\p{Script=Han}{1,6}?市|\p{Script=Han}{1,6}?(?:县|州|盟|旗|区))/u.exec(title)?.[1];
  if (!city) return null;
  let province: string | null = null;
  let at = Infinity;
  for (const p of PROVINCES) {
    const i = text.indexOf(p);
    if (i >= 0 && i < at) [province, at] = [p, i];
  }
  return { city, province };
}
