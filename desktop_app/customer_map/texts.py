"""The texts the handbook prints beside the map: the five ways of thinking (五大思维), the service
capability model (服务能力模型) and the code of conduct (行为准则), edited in the app.

Each starts from the company's own wording below (Chinese text: it is printed in the Chinese
handbook whatever the interface language). ``ensure_handbook_texts`` adds the texts a database
lacks; texts already there, edited or not, are never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.model import HANDBOOK_TEXT_KEYS, HandbookText

__all__ = ["DEFAULT_TEXTS", "HandbookTextView", "ensure_handbook_texts", "handbook_texts"]

FIVE_WAYS = """\
内部服务从思想上的五个转变开始。

一、大局思维
个人和岗位的得失服从部门，部门的得失服从公司。决定一件事做不做、怎么做之前，先看它对公司整体目标有没有好处。部门目标再重要，也是公司目标的一部分。

二、责任思维
接到手的事不推、不拖、不让它悬空。相邻岗位出现空档时，主动多走一步把事情接住；补上空档，但不越位代办，不争别人的职责。

三、同理思维
遇到分歧先换个位置看问题：对方需要什么，难处在哪里。凡是对公司整体有利的事，各部门、各岗位都主动配合，把协同做到位。

四、投资思维
帮助同事是一种长期投入。同事遇到困难时及时伸手，把别人手上的急事当成自己的事来办，彼此的信任就在一次次相助中攒起来。

五、双赢思维
服务别人也在成就自己。把内部客户的事情办好，本部门、本岗位的工作也更顺，利人的同时也利己。
"""

CAPABILITY_MODEL = """\
公司从四个方面衡量部门和员工服务内部客户的能力，每个方面都看得见、可评价。

一、服务协同能力
知道自己的内部客户是谁、需要什么；按公开的服务标准和时限交付；遇到问题能拿出专业的解决办法，而不是简单转手。

二、情感协同能力
尊重和体谅同事，愿意在本职之外搭把手；通过轮岗体验和定期沟通，了解其他岗位的工作和难处。

三、指导协同能力
职能部门走进班组和供电所，用专业所长帮基层解决实际问题，在指导中服务，在服务中指导。

四、管控协同能力
对基层既考核指标，也提供完成指标所需的资源、方法和支持，让管控和服务互相配套。

每项能力分三级：
基础级——能按要求、按时限完成内部客户交办的事项；
熟练级——能主动发现内部客户的需求和流程中的问题，并推动解决；
示范级——能带动身边的人，总结并推广好的做法，形成可复制的经验。
"""

CODE_OF_CONDUCT = """\
全体员工服务内部客户时遵守以下准则：

1. 首问负责：第一个接到内部客户诉求的人负责到底；不归自己办的，亲自转给能办的人，并告诉对方转给了谁。
2. 限时答复：当天回应内部客户的请求；在承诺的时限内办结，办不完的，提前说明原因和新的完成时间。
3. 说到做到：公开的服务承诺和服务标准就是对同事的约定，按约兑现，接受协同度测评的检验。
4. 主动补位：发现流程中的空档或交接不清，先把事情接住，再推动理清职责；不推诿，也不越权。
5. 换位沟通：提要求时讲清背景和用途，接要求时先弄清对方真正需要什么；有分歧当面沟通，不在背后抱怨。
6. 专业建议：不只是办手续，更要用专业知识帮内部客户把事办成、办好。
7. 信息共享：与工作有关的信息及时告知相关部门和岗位，不把信息当作筹码。
8. 持续改进：定期听取内部客户的意见，把意见变成改进措施，并把结果反馈给提出意见的人。
"""

DEFAULT_TEXTS: dict[str, tuple[str, str]] = {  # key -> (title, body)
    "five_ways_of_thinking": ("内部服务的五大思维", FIVE_WAYS),
    "service_capability_model": ("内部服务能力模型", CAPABILITY_MODEL),
    "code_of_conduct": ("内部服务行为准则", CODE_OF_CONDUCT),
}
assert tuple(DEFAULT_TEXTS) == HANDBOOK_TEXT_KEYS


@dataclass(frozen=True)
class HandbookTextView:
    key: str
    title: str
    body: str
    stored: bool  # False: not in the database yet, the default is shown


def ensure_handbook_texts(session: Session) -> int:
    """Adds the default of every text the database lacks (a deleted text counts as present:
    it is restored, not replaced). Returns how many were added."""
    present = set(session.scalars(select(HandbookText.key)))
    added = 0
    for key, (title, body) in DEFAULT_TEXTS.items():
        if key not in present:
            session.add(HandbookText(key=key, title=title, body=body))
            added += 1
    session.flush()
    return added


def handbook_texts(session: Session) -> list[HandbookTextView]:
    """The three texts in handbook order: the stored ones where live, the defaults otherwise."""
    stored = {r.key: r for r in session.execute(
        select(HandbookText.key, HandbookText.title, HandbookText.body).where(HandbookText.deleted_at.is_(None)))}
    out = []
    for key, (title, body) in DEFAULT_TEXTS.items():
        row = stored.get(key)
        out.append(HandbookTextView(key, row.title, row.body, True) if row else HandbookTextView(key, title, body, False))
    return out
