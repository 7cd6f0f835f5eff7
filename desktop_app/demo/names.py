"""Plausible Chinese personal names for the fictional demo staff.

Surnames follow the national frequency ranking, weighted so that 王, 李, 张, 刘, 陈 … are as
common as they are in a real roll-call and the rare ones appear now and then. Given names have
one or two characters drawn from pools typical for men, for women, or for both. Every name is
made only of CJK characters. Callers pass their own seeded ``random.Random``: the global random
is never used, so a demo built from the same seed has the same names.
"""

from __future__ import annotations

import random
from itertools import accumulate

# In order of frequency (roughly the Chinese national ranking).
SURNAMES: tuple[str, ...] = tuple(
    """王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
    彭 曾 萧 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖
    石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵 万
    覃 武 钱 戴 严 欧 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁
    岳 翟 殷 詹 申 欧阳 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴
    霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤
    阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党 宫 费 卜 冷 晏 席 卫 米 柏
    宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖
    巩 明 佘 池 查 麻 苑 迟 邝""".split()
)

# Approximate shares (per cent) of the top twenty; below them the weight falls off like 1/rank,
# which is close to the published tables and keeps every listed surname possible.
_TOP_SHARES = (7.1, 7.0, 6.7, 5.4, 5.3, 4.6, 2.4, 2.3, 2.0, 1.7,
               1.3, 1.3, 1.2, 1.1, 1.0, 0.9, 0.9, 0.9, 0.8, 0.8)


def _surname_weights() -> list[float]:
    weights = list(_TOP_SHARES)
    last = len(_TOP_SHARES)
    for rank in range(last + 1, len(SURNAMES) + 1):
        weights.append(_TOP_SHARES[-1] * last / rank)
    return weights


_SURNAME_CUM = list(accumulate(_surname_weights()))

# First and second characters of given names. Men's and women's pools, and characters used for
# both; the "second" pools hold characters that sound natural at the end of a name.
_MALE_FIRST = "建国志文伟海俊晓明永立振金成家德宏庆新天军云卫春鹏浩宇子嘉"
_MALE_SECOND = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰锋亮东栋彬昊晨"
_FEMALE_FIRST = "丽秀美晓春雪玉海佳文静雅思梦欣亚红慧诗婉"
_FEMALE_SECOND = "芳娜敏静丽艳娟霞燕玲婷雪慧红琳颖倩洁萍莉晶佳丹琴蓉梅月悦婧璐欣怡琪雯"
_SINGLE_MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林峰亮东"
_SINGLE_FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧红琳颖倩洁萍莉晶丹琴蓉梅悦"

# Share of given names with a single character (more common among older staff, and overall
# about one in five).
_SINGLE_SHARE = 0.2

GENDERS = ("male", "female")


def surname(rng: random.Random) -> str:
    return rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]


def given_name(rng: random.Random, gender: str) -> str:
    """One or two characters typical for ``gender`` ("male" or "female")."""
    if gender not in GENDERS:
        raise ValueError(f"unknown gender {gender!r}")
    male = gender == "male"
    if rng.random() < _SINGLE_SHARE:
        return rng.choice(_SINGLE_MALE if male else _SINGLE_FEMALE)
    first = rng.choice(_MALE_FIRST if male else _FEMALE_FIRST)
    second = rng.choice(_MALE_SECOND if male else _FEMALE_SECOND)
    if second == first and (male or rng.random() < 0.5):
        # doubled characters (婷婷) are a women's name pattern, and rarer than this draw
        second = rng.choice(_MALE_SECOND if male else _FEMALE_SECOND)
    return first + second


def person_name(rng: random.Random, gender: str) -> str:
    """A full name, surname first: 王建华, 欧阳静, 李娜."""
    return surname(rng) + given_name(rng, gender)
