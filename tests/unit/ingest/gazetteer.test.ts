// The place of a plan, found in the national gazetteer (GB/T 2260): a sample of cities, counties,
// county-level cities and districts in every province, with the province, parent and level each
// belongs to (read off the administrative map, not the dataset).
import { describe, expect, it } from 'vitest';
import { findPlace } from '../../../src/ingest/extract/find-place.ts';
import { resolvePlace } from '../../../src/ingest/places/resolve-place.ts';
import { projectCatalogs } from '../../helpers/ingest.ts';

// [as a title writes it, place, level, province, parent, province code]
const SAMPLE: Array<[string, string, string, string, string | null, string]> = [
  ['北京市朝阳区', '朝阳区', 'district', '北京市', '北京市', '11'],
  ['天津市滨海新区', '滨海新区', 'district', '天津市', '天津市', '12'],
  ['正定县', '正定县', 'county', '河北省', '石家庄市', '13'],
  ['平遥县', '平遥县', 'county', '山西省', '晋中市', '14'],
  ['达拉特旗', '达拉特旗', 'county', '内蒙古自治区', '鄂尔多斯市', '15'],
  ['大连市', '大连市', 'prefecture', '辽宁省', null, '21'],
  ['延吉市', '延吉市', 'county-level', '吉林省', '延边朝鲜族自治州', '22'],
  ['哈尔滨市', '哈尔滨市', 'prefecture', '黑龙江省', null, '23'],
  ['上海市浦东新区', '浦东新区', 'district', '上海市', '上海市', '31'],
  ['昆山市', '昆山市', 'county-level', '江苏省', '苏州市', '32'],
  ['德清县', '德清县', 'county', '浙江省', '湖州市', '33'],
  ['黄山市', '黄山市', 'prefecture', '安徽省', null, '34'],
  ['晋江市', '晋江市', 'county-level', '福建省', '泉州市', '35'],
  ['南昌市', '南昌市', 'prefecture', '江西省', null, '36'],
  ['菏泽市牡丹区', '牡丹区', 'district', '山东省', '菏泽市', '37'],
  ['兰考县', '兰考县', 'county', '河南省', '开封市', '41'],
  ['天门市', '天门市', 'county-level', '湖北省', '湖北省', '42'],
  ['浏阳市', '浏阳市', 'county-level', '湖南省', '长沙市', '43'],
  ['深圳市', '深圳市', 'prefecture', '广东省', null, '44'],
  ['钦州市', '钦州市', 'prefecture', '广西壮族自治区', null, '45'],
  ['三亚市', '三亚市', 'prefecture', '海南省', null, '46'],
  ['重庆市万州区', '万州区', 'district', '重庆市', '重庆市', '50'],
  ['绵竹市', '绵竹市', 'county-level', '四川省', '德阳市', '51'],
  ['遵义市', '遵义市', 'prefecture', '贵州省', null, '52'],
  ['安宁市', '安宁市', 'county-level', '云南省', '昆明市', '53'],
  ['拉萨市', '拉萨市', 'prefecture', '西藏自治区', null, '54'],
  ['延安市', '延安市', 'prefecture', '陕西省', null, '61'],
  ['敦煌市', '敦煌市', 'county-level', '甘肃省', '酒泉市', '62'],
  ['格尔木市', '格尔木市', 'county-level', '青海省', '海西蒙古族藏族自治州', '63'],
  ['海原县', '海原县', 'county', '宁夏回族自治区', '中卫市', '64'],
  ['石河子市', '石河子市', 'county-level', '新疆维吾尔自治区', '新疆维吾尔自治区', '65'],
  ['宁夏回族自治区', '宁夏回族自治区', 'province', '宁夏回族自治区', null, '64'],
  ['广西', '广西壮族自治区', 'province', '广西壮族自治区', null, '45'],
  ['香港特别行政区', '香港特别行政区', 'province', '香港特别行政区', null, '81'],
];

describe('findPlace(a title)', () => {
  it.each(SAMPLE)('finds %s: %s, a %s place of %s under %s', (written, name, level, province, parent, code) => {
    const found = findPlace(`${written}全民科学素质行动规划纲要实施方案（2021—2025年）`, '');
    expect(found?.place).toMatchObject({ name, level, province });
    expect(found?.place?.code.slice(0, 2)).toBe(code);
    expect(found?.asWritten).toBe(written);
    const place = found ? resolvePlace(found, projectCatalogs().cities) : null;
    expect(place?.parent ?? null).toBe(level === 'province' || level === 'prefecture' ? null : parent);
  });

  it('tells apart places of one name by the place before them, or the province the text names first', () => {
    expect(findPlace('南京市鼓楼区科普规划', '')?.place?.parent).toBe('南京市');
    expect(findPlace('鼓楼区科普规划', '为贯彻《福建省…》')?.place?.parent).toBe('福州市');
    expect(findPlace('鼓楼区科普规划', '')?.ambiguous).toBe(true);
  });

  it('finds the autonomous counties whose names run longest, those of several peoples', () => {
    expect(findPlace('镇沅彝族哈尼族拉祜族自治县全民科学素质行动计划纲要实施方案（2021—2035年）', '')?.place).toMatchObject({ name: '镇沅彝族哈尼族拉祜族自治县', level: 'county' });
    expect(findPlace('双江拉祜族佤族布朗族傣族自治县科普规划', '')?.place?.name).toBe('双江拉祜族佤族布朗族傣族自治县');
  });

  it('keeps a place the gazetteer lacks as the title writes it', () => {
    expect(findPlace('某市科普规划（2021—2025年）', '…广西壮族自治区…')).toEqual({ place: null, name: '某市', province: '广西壮族自治区', asWritten: '某市', ambiguous: false });
  });

  it('finds no place in a title that names none', () => {
    expect(findPlace('关于进一步加强科普工作的意见', '')).toBeNull();
  });
});

describe('resolvePlace(a found place, the staff catalog)', () => {
  it('takes the staff key of a catalogued place and a pinyin key otherwise, led by the parent where another place would share it', () => {
    const cities = projectCatalogs().cities;
    const key = (title: string, text = '') => {
      const found = findPlace(title, text);
      return found && resolvePlace(found, cities).key;
    };
    expect(key('安宁市全民科学素质行动实施方案')).toBe('anning');
    expect(key('浏阳市全民科学素质行动规划纲要实施方案')).toBe('liuyang');
    expect(key('兰州市安宁区科普规划')).toBe('lanzhou-anning');
    expect(key('北京市朝阳区科普规划')).toBe('beijing-chaoyang');
  });

  it('keys an autonomous prefecture or county by its place name, without the peoples it is named for', () => {
    const key = (title: string) => {
      const found = findPlace(title, '');
      return found && resolvePlace(found, []).key;
    };
    expect(key('海北藏族自治州科普规划')).toBe('haibei');
    expect(key('恩施土家族苗族自治州科普规划')).toBe('enshi');
    // 镇沅 sounds like 镇远 (Guizhou), a county too: it is led by its parent, 普洱.
    expect(key('镇沅彝族哈尼族拉祜族自治县科普规划')).toBe('puer-zhenyuan');
  });
});
