"""The trained second opinion (`bot/core/detect/second_opinion.py`): its arithmetic is
scikit-learn's, it only ever reads clauses about the target, it stays inside the bounds
the rules' label definitions set, and a label it changes carries its reasons.

The figures that justify shipping it are measured, not asserted here:
`tools/train_model.py loso` prints them, and README "How far to trust the classifier"
gives them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.detect import second_opinion as so
from bot.core.detect.classifier import Classifier
from bot.core.models import ItemKind, ItemText, Label, Target

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "detect"
ZEPHYR = Target("Zephyr X2", aliases=("Nimbus Zephyr X2",), maker="Nimbus Devices")
DAY = date(2026, 3, 10)


def _weights(features: dict[str, tuple[float, float, float, float]]) -> so.Weights:
    labels = (Label.CONFIRMED, Label.NONE, Label.RELEASED, Label.RUMOURED)
    return so.Weights(labels, (0.0, 0.5, 0.0, 0.0), features)


# Made-up weights: "hands on" pulls hard towards released, "sources" towards rumoured.
HANDS_ON = so.Scorer(
    _weights({"w hands on": (0.0, 0.0, 9.0, 0.0), "w sources": (0.0, 0.0, 0.0, 9.0)})
)


def test_the_arithmetic_is_scikit_learns() -> None:
    """The same features through scikit-learn's `predict_proba` and through
    `so.probabilities` give the same numbers, on a model fitted here."""
    feature_extraction = pytest.importorskip("sklearn.feature_extraction")
    linear_model = pytest.importorskip("sklearn.linear_model")
    texts = [
        ("TGT is now available to everyone", "released"),
        ("TGT launched today in stores", "released"),
        ("MKR confirmed TGT will ship in May", "confirmed"),
        ("TGT arrives on June 5, MKR said", "confirmed"),
        ("TGT is reportedly in the works", "rumoured"),
        ("sources say TGT could come next year", "rumoured"),
        ("a look back at the history of the brand", "none"),
        ("what we think of TGT's design", "none"),
    ]
    present = [so.features(t, "press", "none", ["hedge:reportedly"]) for t, _ in texts]
    vec = feature_extraction.DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(p, 1) for p in present])
    model = linear_model.LogisticRegression(C=1.0, max_iter=2000).fit(x, [lb for _, lb in texts])
    weights = so.Weights(
        tuple(Label(c) for c in model.classes_),
        tuple(float(b) for b in model.intercept_),
        {
            str(name): tuple(float(w) for w in model.coef_[:, j])
            for j, name in enumerate(vec.get_feature_names_out())
        },
    )
    probe = so.features("TGT is now shipping, sources say", "blog", "rumoured", [])
    ours = so.probabilities(weights, probe)
    theirs = model.predict_proba(vec.transform([dict.fromkeys(probe, 1)]))[0]
    for label, p in zip(model.classes_, theirs, strict=True):
        assert ours[Label(label)] == pytest.approx(p, abs=1e-12)


def test_the_shipped_weights_are_a_four_label_model() -> None:
    weights = so.shipped().weights
    assert set(weights.labels) == set(Label)
    assert len(weights.features) > 1000
    assert all(name[:2] in ("w ", "m ") for name in weights.features)
    assert all(len(row) == 4 for row in weights.features.values())


def test_the_fast_scorer_equals_the_reference_on_labelled_items() -> None:
    """`Scorer.probabilities` walks words and pairs without building strings; it must
    give what the reference (`features` then `probabilities`) gives, on real text: a fixed
    sample of fifteen hundred items from every blind set (`labelled_sample.py`)."""
    from bot.core.detect.corpus import with_classifiers
    from tests.core.detect.labelled_sample import labelled_sample

    scorer = so.shipped()
    checked = 0
    for c, it in with_classifiers(labelled_sample(FIXTURES.glob("holdout*.jsonl"), 1500)):
        ruled, scope = c.by_rules(it.item)
        masked = so.Masker.of(it.target)(" . ".join(scope or [it.item.title]))
        args = (masked, it.item.kind.value, ruled.label.value, ruled.cues)
        fast = scorer.probabilities(*args)
        slow = so.probabilities(scorer.weights, so.features(*args))
        assert fast == pytest.approx(slow, abs=1e-12), it.id
        checked += 1
    assert checked >= 1500


def test_the_masker_hides_names_and_maker_on_word_boundaries() -> None:
    mask = so.Masker.of(ZEPHYR)
    assert mask("Nimbus Zephyr X2 beats the Zephyr X20; Nimbus Devices said") == (
        " TGT  beats the Zephyr X20;  MKR  said"
    )
    # A maker of two letters would mask ordinary words; it is left alone.
    assert so.Masker(("Pixel 9",), "LG")("LG says Pixel 9") == "LG says  TGT "


def test_features_are_words_pairs_and_the_rules_marks() -> None:
    got = so.features("TGT is out", "forum", "released", ["released:is-out", "cap:forum"])
    assert {"w tgt", "w is", "w out", "w tgt is", "w is out"} <= got
    assert {"m src_forum", "m rule_released", "m cue_released", "m cue_released:is-out"} <= got
    assert "m cue_cap:forum" in got


@pytest.mark.parametrize(
    ("rule", "probs", "ceiling", "expected"),
    [
        # A release the rules did not read needs the model to be sure of it...
        ("rumoured", (0.05, 0.0, 0.65, 0.3), Label.RELEASED, Label.RUMOURED),
        ("rumoured", (0.05, 0.0, 0.75, 0.2), Label.RELEASED, Label.RELEASED),
        # ...surer over a plan the rules read...
        ("confirmed", (0.2, 0.0, 0.8, 0.0), Label.RELEASED, Label.CONFIRMED),
        ("confirmed", (0.1, 0.0, 0.9, 0.0), Label.RELEASED, Label.RELEASED),
        # ...surer still where the rules read nothing at all.
        ("none", (0.1, 0.08, 0.8, 0.02), Label.RELEASED, Label.CONFIRMED),
        ("none", (0.05, 0.03, 0.9, 0.02), Label.RELEASED, Label.RELEASED),
        # ...the rules' own release stands unless the model finds it unlikely.
        ("released", (0.6, 0.0, 0.35, 0.05), Label.RELEASED, Label.RELEASED),
        ("released", (0.75, 0.0, 0.25, 0.0), Label.RELEASED, Label.CONFIRMED),
        # The rules' label definitions bound it: a closed preview is confirmed at most,
        # an official reveal without a date a rumour at most.
        ("confirmed", (0.05, 0.0, 0.95, 0.0), Label.CONFIRMED, Label.CONFIRMED),
        ("rumoured", (0.9, 0.0, 0.0, 0.1), Label.RUMOURED, Label.RUMOURED),
        # A forum's "it's out now!!" the model is sure of is the rumour the forum cap
        # allows, not the least unlikely of the labels below it.
        ("rumoured", (0.01, 0.01, 0.97, 0.01), Label.RUMOURED, Label.RUMOURED),
    ],
)
def test_decide(rule: str, probs: tuple[float, ...], ceiling: Label, expected: Label) -> None:
    order = (Label.CONFIRMED, Label.NONE, Label.RELEASED, Label.RUMOURED)
    assert so.decide(Label(rule), dict(zip(order, probs, strict=True)), ceiling) is expected


def test_a_release_read_against_a_negation_is_no_plan() -> None:
    """'Hands-on' words beside 'has not been released yet': the model's release is
    contradicted, so the label is its likeliest among the rest, not the ceiling."""
    probs = {Label.CONFIRMED: 0.02, Label.NONE: 0.05, Label.RELEASED: 0.9, Label.RUMOURED: 0.03}
    assert so.contradicted(["negated:not-released"])
    assert not so.contradicted(["cap:forum"])
    assert so.decide(Label.NONE, probs, Label.CONFIRMED, contradicted=True) is Label.NONE
    assert so.decide(Label.NONE, probs, Label.CONFIRMED) is Label.CONFIRMED


def test_a_guess_against_a_negation_leaves_the_rules_label() -> None:
    """'Sora is not yet available to the public': kept from "released", a model that leans
    to no other label (a confirmed at 0.20) does not overrule the rules' reading; one that
    is sure of another label still does."""
    probs = {Label.CONFIRMED: 0.2, Label.NONE: 0.15, Label.RELEASED: 0.55, Label.RUMOURED: 0.1}
    assert so.decide(Label.NONE, probs, Label.CONFIRMED, contradicted=True) is Label.NONE
    sure = {Label.CONFIRMED: 0.6, Label.NONE: 0.1, Label.RELEASED: 0.25, Label.RUMOURED: 0.05}
    assert so.decide(Label.NONE, sure, Label.CONFIRMED, contradicted=True) is Label.CONFIRMED


def test_the_ceilings_come_from_the_rules_cues() -> None:
    # A product revealed is usually promised; research shown or teased is not.
    assert so.ceiling(["official:reveal-no-date", "source:official"]) is Label.RELEASED
    assert so.ceiling(["official:reveal-no-date", "official:teased"]) is Label.RUMOURED
    assert so.ceiling(["official:reveal-no-date", "closed:closed-preview"]) is Label.RUMOURED
    assert so.ceiling(["closed:closed-preview"]) is Label.CONFIRMED
    assert so.ceiling(["nonanswer:date-withdrawn"]) is Label.RUMOURED
    assert so.ceiling(["closed:closed-preview"]) is Label.CONFIRMED
    assert so.ceiling(["released:is-out", "cap:forum"]) is Label.RUMOURED
    assert so.ceiling(["negated:not-released"]) is Label.CONFIRMED
    assert so.ceiling(["hedge:reportedly"]) is Label.RELEASED


def test_an_overruled_label_says_why() -> None:
    item = ItemText("Hands on with the Zephyr X2", "We spent an afternoon with it.", "", DAY)
    got = Classifier(ZEPHYR, HANDS_ON).classify(item)
    assert got.label is Label.RELEASED
    assert got.cues[0].startswith("model:released:")
    assert got.cues[1] == "model-why:hands on"
    assert got.evidence
    # The tracker weighs a release only the model read as one voice (`tracker.support`).
    assert got.by_model


def test_a_label_the_model_keeps_is_the_rules_own() -> None:
    item = ItemText("The Zephyr X2 is out now", "Our hands on is below.", "", DAY)
    got = Classifier(ZEPHYR, HANDS_ON).classify(item)
    assert got.label is Label.RELEASED
    assert not got.by_model


def test_an_item_about_another_product_never_reaches_the_model() -> None:
    """Whether an item speaks of the target is the rules' call: sure words about the
    successor are no news of the target."""
    item = ItemText("Hands on with the Zephyr X3", "Nimbus Devices' next phone.", "", DAY)
    got = Classifier(ZEPHYR, HANDS_ON).classify(item)
    assert got.label is Label.NONE
    assert not any(c.startswith("model") for c in got.cues)


def test_the_model_reads_only_the_clauses_about_the_target() -> None:
    """'Sources' in a clause about the X1 is not read for the X2."""
    item = ItemText(
        "Nimbus roundup",
        "The Zephyr X1 is cheaper now, sources say; the Zephyr X2 ships on May 5.",
        "",
        DAY,
        ItemKind.PRESS,
    )
    _, scope = Classifier(ZEPHYR, HANDS_ON).by_rules(item)
    assert scope and not any("sources" in clause for clause in scope)
    assert Classifier(ZEPHYR, HANDS_ON).classify(item).label is not Label.RUMOURED


def test_a_release_read_from_no_word_the_model_knows_is_its_prior() -> None:
    """In a script the model never learned it has only the name, the numbers and the
    rules' marks: a release it reads there is its prior, and the rules' reading stands."""
    prior = so.Scorer(
        _weights({"m src_press": (0.0, 0.0, 9.0, 0.0), "w hands on": (0.0, 0.0, 9.0, 0.0)})
    )
    unread = ItemText("Zephyr X2 10월 발매", "Zephyr X2 신제품 소식", "", DAY, ItemKind.PRESS)
    assert Classifier(ZEPHYR, prior).classify(unread).label is Label.NONE
    read = ItemText("Zephyr X2 10월 발매", "Zephyr X2 hands on 소식", "", DAY, ItemKind.PRESS)
    assert Classifier(ZEPHYR, prior).classify(read).label is Label.RELEASED
