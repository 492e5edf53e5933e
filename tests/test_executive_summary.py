"""The report's summary: the base every number shares, the roles most first, a quote whole, how groups lean."""

from typing import Any

from pipeline.estimates import ALL_CODED
from pipeline.executive_summary import (
    group_balance,
    leading_role,
    meeting_quote,
    no_lean_anywhere,
    none_counted,
    poles_by_role,
    role_shares,
    shared_tally_base,
    summary,
    summary_quote,
    tally_outside,
    whole_sentences,
)

NAN = float("nan")


def tally(level: str, share: float, coded: int, **more: Any) -> dict[str, Any]:
    return {"level": level, "counted_share": share, "coded": coded, "by_override": ""} | more


def test_every_finding_a_tally_of_the_same_segments_shares_one_base() -> None:
    coders = {"by_coders": True, "base": 1237, "estimate": {"lower": NAN}}
    assert shared_tally_base([coders, coders | {"estimate": None}]) == 1237
    # an estimate with an interval, a count of all segments, or another base: each finding says its own
    assert shared_tally_base([coders, coders | {"estimate": {"lower": 0.01}}]) is None
    assert shared_tally_base([coders, coders | {"by_coders": False}]) is None
    assert shared_tally_base([coders, coders | {"base": 1200}]) is None


def test_roles_are_given_in_one_order_and_a_share_of_few_segments_says_how_many() -> None:
    """The roles in their names' order, as Figure 2's columns, for every finding: largest first, the eighth issue-21
    trial read "commissioner 14.3% (counted, 2 segments), facilitator 10.0%, member 9.0%" as a ranking."""
    finding = {"by_role": {"rows": [], "tallies": [
        tally("commissioner", 0.009, 1), tally("facilitator", 0.058, 18), tally("member", 0.039, 40),
        tally("carer", NAN, 0), tally("volunteer", 0.5, 3, by_override="overrides decided 2 of 3"),
    ]}}  # fmt: skip
    said = role_shares(finding, roles=5)
    assert said is not None
    assert [(r["role"], r["said"]) for r in said] == [
        ("carer", "not read"),
        ("commissioner", "0.9% (1 segment)"),
        ("facilitator", "5.8%"),
        ("member", "3.9%"),
        ("volunteer", "no share"),
    ]
    assert role_shares(finding, roles=1) == []  # a study of one role compares none


def test_beside_estimates_a_count_says_so_and_every_role_keeps_its_place() -> None:
    """Study 2 of the fifth issue-21 trial: "carer 5.3% (counted); facilitator 5.2% (3.6% to 8.9%); commissioner 0.0%
    (counted, no interval); member 12.2% (counted, no interval)", in no order and with two words for one thing."""
    estimate = {"level": "facilitator", "estimate": 0.052, "lower": 0.036, "upper": 0.089, "by_override": "",
                "method": "prediction-powered", "segments": 400}  # fmt: skip
    member = {"level": "member", "estimate": 0.122, "lower": 0.122, "upper": 0.122, "method": ALL_CODED,
              "segments": 100, "by_override": ""}  # fmt: skip
    finding = {"by_role": {"rows": [estimate, member], "tallies": [tally("carer", 0.053, 1)]}}
    assert [(r["role"], r["said"]) for r in role_shares(finding, roles=3)] == [
        ("carer", "5.3% (counted, 1 segment)"),
        ("facilitator", "5.2% (3.6%\u20138.9%)"),
        ("member", "12.2% (counted)"),
    ]
    # with no estimate beside them, counts need no word
    alone = {"by_role": {"rows": [member], "tallies": []}}
    assert role_shares(alone, roles=2) == [{"role": "member", "share": 0.122, "said": "12.2%", "segments": 12}]


def test_a_tally_outside_its_estimates_interval_says_which_side() -> None:
    """Study 2: "7.2% (95% interval 5.2% to 9.7%)" beside a coders' tally of 3.4%, and no word of it."""
    finding = {"by_coders": True, "base": 116, "share": 0.034, "estimate": {"lower": 0.052, "upper": 0.097}}
    assert tally_outside(finding) == "below"
    assert tally_outside(finding | {"share": 0.12}) == "above"
    assert tally_outside(finding | {"share": 0.0521}) == ""  # 5.2% is not below 5.2% as printed
    assert tally_outside(finding | {"estimate": {"lower": NAN, "upper": NAN}}) == ""


def test_groups_on_a_tension_are_their_counts_side_by_side_or_the_leans_intervals_show() -> None:
    """The fifth trial: the summary said "more of needing support in carers' group" from 14 against 13, where the
    section said "the data do not say". Without intervals, the counts; with them, only leans they show."""
    balance = [
        {"group": "carers", "balance": 0.3, "balance_note": "", "first_pole_segments": 13, "second_pole_segments": 7},
        {"group": "arts", "balance": -1.0, "balance_note": "from 2 coded segment(s): too few to show a lean",
         "first_pole_segments": 0, "second_pole_segments": 2},
        {"group": "men", "balance": NAN, "balance_note": "no coder read this group's segments: no balance",
         "first_pole_segments": 0, "second_pole_segments": 0},
    ]  # fmt: skip
    exact = {"carers": {"leans": "", "exact": True}}
    assert group_balance(balance, exact) == {
        "interval": False,
        "leans": [],
        "counts": [("carers", 13, 7)],
        "tension": "",
    }
    estimated = {"carers": {"leans": "Needing ground rules", "exact": False}, "arts": {"leans": "", "exact": False}}
    said = group_balance(balance, estimated)
    assert said["interval"]
    assert said["leans"] == [("carers", "Needing ground rules")]


def test_a_quote_keeps_whole_sentences_or_is_cut_at_a_word() -> None:
    text = "You noticed me. On my first night, I mean. You didn't make me talk. You said I could just listen tonight."
    assert whole_sentences(text, 200) == (text, True)
    kept = "You noticed me. On my first night, I mean. You didn't make me talk. \u2026"
    assert whole_sentences(text, 70) == (kept, True)
    # a first sentence too short to say anything, and the next too long: cut at a word, and said not whole
    short = "I do the welcoming. If someone new comes I meet them at the front desk so they are not wandering round."
    cut, whole = whole_sentences(short, 60)
    assert not whole
    assert cut.endswith("\u2026")
    assert len(cut) <= 60
    assert cut.startswith("I do the welcoming. If")


def test_the_summary_quotes_the_first_quote_that_reads_whole() -> None:
    quotes = [
        {"text": "I do the welcoming. " + "And then " * 20, "segment_id": "a-1", "role": "member", "group": "g"},
        {"text": "I started off washing the brushes because I could not face anyone.", "segment_id": "b-2",
         "role": "member", "group": "arts", "source": "human"},
    ]  # fmt: skip
    said = summary_quote(quotes, limit=80)
    assert said is not None
    assert said["segment_id"] == "b-2"
    assert said["group"] == "arts"
    assert not said["model"]
    assert summary_quote([]) is None
    assert summary_quote(quotes[:1], limit=80)["segment_id"] == "a-1"  # type: ignore[index]


def test_where_the_poles_meet_each_turn_gets_its_part() -> None:
    meet = {"passages": [{"group": "carers", "human": True, "turns": [
        {"text": "I want it to be us. " * 10, "role": "member"}, {"text": "Not until we drop.", "role": "facilitator"},
    ]}]}  # fmt: skip
    said = meeting_quote(meet, limit=100)
    assert said is not None
    assert [turn["role"] for turn in said["turns"]] == ["member", "facilitator"]
    assert all(len(turn["text"]) <= 50 for turn in said["turns"])
    assert said["group"] == "carers"
    assert not said["model"]
    assert meeting_quote({"passages": []}) is None


def test_a_coders_quote_comes_before_an_overrides_and_no_share_says_none_of_nothing() -> None:
    """An override is picked where the model erred, not read: the summary quotes a coder's segment where it has one.
    A role that spoke of a code in none of its segments is 0.0%, not "0.0% (0 segments)"."""
    quotes = [
        {"text": "Picked by an override, a whole thought that fits.", "segment_id": "o-1", "role": "member",
         "group": "g", "source": "override"},
        {"text": "Read by a coder, also a whole thought that fits.", "segment_id": "h-1", "role": "facilitator",
         "group": "g", "source": "human"},
    ]  # fmt: skip
    assert summary_quote(quotes)["segment_id"] == "h-1"  # type: ignore[index]
    said = role_shares({"by_role": {"rows": [], "tallies": [tally("member", 0.0, 0), tally("carer", 0.1, 2)]}}, 2)
    assert [(r["role"], r["said"]) for r in said] == [("carer", "10.0% (2 segments)"), ("member", "0.0%")]


def test_a_pole_comes_most_from_a_role_only_where_the_data_bear_it_out() -> None:
    """The sixth issue-21 trial: "most from commissioners: 25.0% (counted, 1 segment)" was one person's one segment,
    and "most from members: 0.5% (0.0%-2.8%)" a code no one found; the seventh: "most from members" from counts of
    9.5% against 7.1%. Only intervals that do not overlap make a lead."""
    one = {"by_role": {"rows": [], "tallies": [tally("commissioner", 0.25, 1), tally("member", 0.04, 3)]}}
    assert leading_role(one, role_shares(one, 2)) is None
    five = {"by_role": {"rows": [], "tallies": [tally("commissioner", 0.087, 10), tally("member", 0.03, 24)]}}
    assert leading_role(five, role_shares(five, 2)) is None  # counts: no interval, no lead (the seventh trial)
    tied = {"by_role": {"rows": [], "tallies": [tally("commissioner", 0.05, 10), tally("member", 0.05, 24)]}}
    assert leading_role(tied, role_shares(tied, 2)) is None
    rows = [{"level": "member", "estimate": 0.005, "lower": 0.0, "upper": 0.028, "method": "prediction-powered",
             "by_override": ""},
            {"level": "facilitator", "estimate": 0.001, "lower": 0.0, "upper": 0.02, "method": "prediction-powered",
             "by_override": ""}]  # fmt: skip
    overlapping = {"by_role": {"rows": rows, "tallies": [], "differ": []}}
    assert leading_role(overlapping, role_shares(overlapping, 2)) is None
    apart = {"by_role": {"rows": rows, "tallies": [], "differ": [("member", "facilitator")]}}
    assert leading_role(apart, role_shares(apart, 2))["role"] == "member"  # type: ignore[index]


def test_the_summary_quotes_a_segment_of_the_code_alone_and_no_segment_twice() -> None:
    """The sixth trial: a quote cut to its first sentence kept another theme's words, and one segment stood for two
    themes."""
    quotes = [
        {"text": "There is a sense of we here, and I look after the seed order.", "segment_id": "s-1",
         "role": "member", "group": "g", "source": "human"},
        {"text": "I look after the seed order every spring now.", "segment_id": "s-2", "role": "member", "group": "g",
         "source": "human"},
    ]  # fmt: skip
    assert summary_quote(quotes, codes_of={"s-1": 2, "s-2": 1})["segment_id"] == "s-2"  # type: ignore[index]
    assert summary_quote(quotes, codes_of={"s-1": 1, "s-2": 1}, used={"s-1"})["segment_id"] == "s-2"  # type: ignore[index]
    assert summary_quote(quotes, used={"s-1", "s-2"}) is None


def test_the_summary_quotes_a_role_it_has_not_quoted_yet_from_the_themes_voices() -> None:
    """The seventh trial: every quote in the summary was a member's, and the commissioners' words were only in the
    sections. A theme's quote is now of the role the summary has quoted least, among its best-ranked quotes (a coder's,
    of the code alone), its section's voice of each role among them."""
    from pipeline.codebook import Code

    def theme(code: str, member: str, commissioner: str | None) -> dict[str, Any]:
        said = {"text": f"We all {member} here and it matters to me a great deal.", "segment_id": member,
                "role": "member", "group": "g", "source": "human"}  # fmt: skip
        text = f"From where I sit, {commissioner} is what we fund."
        voice = {"text": text, "segment_id": commissioner, "group": "h", "source": "human"} if commissioner else None
        return {"code": Code(code, code, code), "segments": 3, "quotes": [said],
                "voices": [{"role": "member", "quote": said}, {"role": "commissioner", "quote": voice}]}  # fmt: skip

    said = summary([theme("a", "m-1", None), theme("b", "m-2", "c-1"), theme("c", "m-3", "c-2")], [], roles=2)
    quoted = [(said["themes"][code]["quote"]["segment_id"], said["themes"][code]["quote"]["role"]) for code in "abc"]
    # a: only a member's; b: the commissioners' voice, not quoted yet; c: one each so far, the first listed
    assert quoted == [("m-1", "member"), ("c-1", "commissioner"), ("m-3", "member")]


def test_a_roles_tally_says_what_the_audit_coder_found_on_its_turns_no_coder_read() -> None:
    """The sixth issue-21 trial: "commissioner 0.0% (counted)" where the audit coder found the code on 2 of the 5
    commissioner turns no coder read (too few audited there for an estimate)."""
    finding = {"by_role": {"rows": [], "tallies": [tally("commissioner", 0.0, 0), tally("member", 0.05, 12)]},
               "audit_by_role": {"commissioner": (2, 5), "member": (0, 30)}}  # fmt: skip
    said = dict((r["role"], r["said"]) for r in role_shares(finding, 2))
    found = "the audit coder found it on 2 of their 5 turns no coder read"
    assert said == {"member": "5.0%", "commissioner": f"0.0% ({found})"}


def test_a_roles_count_of_none_is_said_once_with_the_others_like_it_and_each_tension_gives_every_roles_two_shares() -> (
    None
):
    """The eighth trial: the summary gave no role's share of any tension's poles, and said "0.0% (counted)" 26 times in
    1,088 words."""
    estimate = {"level": "member", "estimate": 0.097, "lower": 0.087, "upper": 0.125, "by_override": "",
                "method": "prediction-powered", "segments": 120}  # fmt: skip
    tallies = [tally("commissioner", 4 / 14, 4), tally("facilitator", 0.0, 0)]
    first = {"by_role": {"rows": [estimate], "tallies": tallies}, "audit_by_role": {"facilitator": (1, 7)}}
    second = {"by_role": {"rows": [estimate | {"estimate": 0.13, "lower": 0.115, "upper": 0.154}],
                          "tallies": [tally("commissioner", 8 / 14, 8), tally("facilitator", 0.0, 0)]}}  # fmt: skip
    said = poles_by_role(role_shares(first, 3), role_shares(second, 3))
    assert [(row["role"], row["said"], row["neither"]) for row in said] == [
        # two counts in one bracket, with their few segments side by side
        ("commissioner", "28.6% v 57.1% (counted, 4 v 8 segments)", False),
        # the audit coder's find keeps a count of none from being "none", and each share says its own
        (
            "facilitator",
            "0.0% (counted, the audit coder found it on 1 of their 7 turns no coder read) v 0.0% (counted)",
            False,
        ),
        ("member", "9.7% (8.7%\u201312.5%) v 13.0% (11.5%\u201315.4%)", False),
    ]
    none = role_shares(second, 3)[1]
    assert none["role"] == "facilitator"
    assert none_counted(none)
    assert not none_counted(role_shares(first, 3)[1])  # the audit coder found it there
    assert poles_by_role([none], [none])[0]["neither"]


def test_no_groups_lean_on_any_tension_is_said_once_for_one_reason() -> None:
    """Five tensions each said "No group's lean can be shown; its section says why for each" (the eighth trial's
    study of four roles ran to 1,345 words): said once where every tension says the same."""
    overlap = {"interval": True, "leans": [], "counts": [("a", 3, 4)]}
    unshown = {"interval": False, "leans": [], "counts": []}
    assert no_lean_anywhere([overlap, overlap]) == "intervals"
    assert no_lean_anywhere([unshown, unshown]) == "unshown"
    assert no_lean_anywhere([overlap, unshown]) == ""  # two reasons: each tension says its own
    assert no_lean_anywhere([overlap, overlap | {"leans": [("a", "Leadership")]}]) == ""
    assert no_lean_anywhere([unshown | {"counts": [("a", 3, 4)]}]) == ""  # counts side by side are said
    assert no_lean_anywhere([]) == ""
