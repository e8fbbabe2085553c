"""Pack directories reload when files change; a broken pack keeps its last good version."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from bot.core.models import Claim, Verdict
from bot.moderation import Moderation
from bot.packs.reload import PackLibrary, ReloadResult

pytest_plugins = ["store_fixtures"]


def pack(pack_id: str, facts: list[tuple[str, str, str]]) -> str:
    return yaml.safe_dump({"pack": pack_id, "source": {"title": f"Source of {pack_id}"},
                           "facts": [{"id": i, "claim": c, "verdict": v, "summary": "Because."}
                                     for i, c, v in facts]}, sort_keys=False)


def write(path: Path, text: str) -> None:
    """Write and move the modification time on, so even a same-size rewrite is seen."""
    stamp = path.stat().st_mtime_ns + 10_000_000 if path.exists() else None
    path.write_text(text, encoding="utf-8")
    if stamp is not None:
        os.utime(path, ns=(stamp, stamp))


MOON = [("moon-cheese", "The moon is made of green cheese", "false")]
MARS = [("mars-red", "Mars looks red because of iron oxide dust", "true")]


def test_changed_pack_is_reloaded(tmp_path: Path) -> None:
    write(tmp_path / "space.yaml", pack("space", MOON))
    library = PackLibrary([tmp_path])
    assert library.poll() is None
    generation = library.generation
    write(tmp_path / "space.yaml", pack("space", [("moon-cheese", MOON[0][1], "misleading")]))
    result = library.poll()
    assert result is not None and result.accepted
    assert library.generation == generation + 1
    assert library.packs["space"].facts[0].verdict is Verdict.MISLEADING
    write(tmp_path / "mars.yaml", pack("mars", MARS))
    library.poll()
    assert sorted(library.packs) == ["mars", "space"]
    (tmp_path / "mars.yaml").unlink()
    library.poll()
    assert sorted(library.packs) == ["space"]


def test_broken_pack_keeps_last_good_version(tmp_path: Path) -> None:
    write(tmp_path / "space.yaml", pack("space", MOON))
    library = PackLibrary([tmp_path])
    broken = "pack: space\nsource: {title: T}\nfacts:\n  - id: x\n    claim: [\n"
    write(tmp_path / "space.yaml", broken)
    result = library.poll()
    assert result is not None and not result.accepted
    assert result.refused == (str(tmp_path / "space.yaml"),)
    assert library.problems and str(tmp_path / "space.yaml") in str(library.problems[0])
    assert library.packs["space"].facts[0].id == "moon-cheese"
    assert library.poll() is None          # reported once, not on every poll
    write(tmp_path / "space.yaml", pack("space", [("moon-rock", "The moon is rock", "true")]))
    assert library.poll() is not None and library.problems == ()
    assert library.packs["space"].facts[0].id == "moon-rock"


def test_new_broken_pack_is_left_out_and_clashes_are_refused(tmp_path: Path) -> None:
    write(tmp_path / "space.yaml", pack("space", MOON))
    write(tmp_path / "bad.yaml", "pack: bad\nfacts: 3\n")
    library = PackLibrary([tmp_path])
    assert sorted(library.packs) == ["space"]
    assert any("bad.yaml" in str(p) for p in library.problems)
    write(tmp_path / "copy.yaml", pack("copy", MOON))   # the same fact id as space.yaml
    result = library.poll()
    assert result is not None and str(tmp_path / "copy.yaml") in result.refused
    assert sorted(library.packs) == ["space"]


@pytest.mark.asyncio
async def test_moderation_serves_reloaded_packs(db_url: str, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    write(packs / "space.yaml", pack("space", MOON))
    reloads: list[ReloadResult] = []
    mod = await Moderation.open(db_url, packs=[packs], pack_poll_s=0.0,
                                on_pack_reload=reloads.append)
    try:
        def ask() -> Claim:
            return Claim("the moon is made of green cheese", platform="slack", server="T1")

        assert (await mod.check(ask())).verdict is Verdict.FALSE
        write(packs / "space.yaml", pack("space", [("moon-cheese", MOON[0][1], "unproven")]))
        assert (await mod.check(ask())).verdict is Verdict.UNPROVEN
        write(packs / "space.yaml", "facts: [\n")
        assert (await mod.check(ask())).verdict is Verdict.UNPROVEN
        assert mod.packs.problems
        assert reloads[-1].refused == (str(packs / "space.yaml"),)
        assert "space.yaml" in str(reloads[-1].problems[0])
        write(packs / "space.yaml", pack("space", [("moon-cheese", MOON[0][1], "true")]))
        assert (await mod.check(ask())).verdict is Verdict.TRUE
        assert mod.packs.problems == ()
    finally:
        await mod.close()
