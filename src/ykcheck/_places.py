"""Places reports name short: the provinces (江苏 for 江苏省) and China's prefecture-level places
(地级行政区: cities, 盟, 地区 and 自治州; 邯郸 for 邯郸市, 延边 for 延边朝鲜族自治州); and the
prefecture a name of what a figure measures starts with (邯郸规上工业增加值 is 邯郸's).

The prefectures are those of the National Bureau of Statistics' division codes (统计用区划代码,
2023) as modood/Administrative-divisions-of-China lists them (dist/cities.csv, 333 names), each
without its 市, 盟 or 地区, an autonomous prefecture's without its peoples and 自治州.
"""

from __future__ import annotations

import re
from typing import Final

# provinces are often named without 省 (江苏地区生产总值, 浙江数字经济)
PROVINCES: Final = (
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
    "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆",
)  # fmt: skip
PREFECTURES: Final = frozenset((
    "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水",
    "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁",
    "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
    "兴安", "锡林郭勒", "阿拉善", "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口",
    "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛", "长春", "吉林", "四平", "辽源", "通化",
    "白山", "松原", "白城", "延边", "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春",
    "佳木斯", "七台河", "牡丹江", "黑河", "绥化", "大兴安岭", "南京", "无锡", "徐州", "常州",
    "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁", "杭州", "宁波",
    "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水", "合肥", "芜湖", "蚌埠",
    "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州",
    "池州", "宣城", "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德", "南昌",
    "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶", "济南",
    "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州",
    "聊城", "滨州", "菏泽", "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作",
    "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "武汉", "黄石",
    "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州", "恩施", "长沙",
    "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化",
    "娄底", "湘西", "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆",
    "惠州", "梅州", "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮", "南宁",
    "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池",
    "来宾", "崇左", "海口", "三亚", "三沙", "儋州", "成都", "自贡", "攀枝花", "泸州", "德阳",
    "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中",
    "资阳", "阿坝", "甘孜", "凉山", "贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁", "黔西南",
    "黔东南", "黔南", "昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧", "楚雄",
    "红河", "文山", "西双版纳", "大理", "德宏", "怒江", "迪庆", "拉萨", "日喀则", "昌都", "林芝",
    "山南", "那曲", "阿里", "西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康",
    "商洛", "兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳",
    "定西", "陇南", "临夏", "甘南", "西宁", "海东", "海北", "黄南", "海南", "果洛", "玉树", "海西",
    "银川", "石嘴山", "吴忠", "固原", "中卫", "乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉",
    "博尔塔拉", "巴音郭楞", "阿克苏", "克孜勒苏", "喀什", "和田", "伊犁", "塔城", "阿勒泰",
))  # fmt: skip
_LONGEST: Final = max(len(p) for p in PREFECTURES)
_PROVINCES_NAMED: Final = tuple(f"{p}省" for p in PROVINCES)
# the words of a whole area (the country, a province, a city) that extraction leaves before a
# name only where the area is wider than the text's own (全省… in a city's text)
AREAS: Final = ("全国", "我国", "全省", "我省", "全市", "我市")
_YEAR_RE: Final = re.compile(r"(?:19|20)[0-9]{2}年度?")


def place_prefix(name: str) -> str:
    """The prefecture a name starts with (after a year), as written short (邯郸规上工业增加值,
    2023年邯郸市地区生产总值: 邯郸; 吉林省…: 吉林省, the province, not 吉林市; 全省…, 全市…,
    which extraction leaves so only where the area is wider than the text's own: a city's
    text's province, a county's city); "" where it starts with none.
    (A province's name alone is not looked for: a province's news names itself, often no more
    than once; with 省 it is, 湖北省….)"""
    year = _YEAR_RE.match(name)  # (2023年江西地区生产总值)
    if year is not None:
        name = name[year.end() :]
    if name.startswith(AREAS):
        return name[:2]  # 全省一般公共预算收入, left so in a city's text: the province's
    if name.startswith(_PROVINCES_NAMED):
        return name[: name.index("省") + 1]  # 湖北省地区生产总值: the province's
    for k in range(min(_LONGEST, len(name) - 1), 1, -1):
        if name[:k] in PREFECTURES:
            return name[: k + 1] if name[k] == "省" else name[:k]  # (吉林省: the province)
    return ""
