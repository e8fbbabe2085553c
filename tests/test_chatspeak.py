"""Live chat's writing read plainly: emotes, held letters, short forms; handles left."""

from __future__ import annotations

import pytest

from bot.core.chatspeak import plain_chat

# text as typed -> text as read (spaces aside)
PLAIN = [
    # Emotes typed as words say nothing; an English word that is an emote's name stays.
    ("the bridge opened in 2019 KEKW", "the bridge opened in 2019"),
    ("LUL LUL the mayor resigned PogChamp", "the mayor resigned"),
    ("the mayor was clueless", "the mayor was clueless"),
    # A handle is left as typed: a post's handle may name whom it is about.
    ("@riverfan the ferry runs twice a week", "@riverfan the ferry runs twice a week"),
    ("write to ferry@example.org", "write to ferry@example.org"),
    # Letters held out come back to one, or two where that makes a common word.
    ("sooo the ferry is nooo faster", "so, the ferry is no faster"),
    # An answer held out and opening the line stands apart from the claim after it.
    ("nooo ferries run twice a week", "no, ferries run twice a week"),
    ("no ferries run on sundays", "no ferries run on sundays"),
    # An answer with the one spoken to after it stands apart from the claim too.
    ("nah bro the ferry runs twice a week", "nah, bro the ferry runs twice a week"),
    ("no dude ferries run on sundays", "no, dude ferries run on sundays"),
    ("no man rode the ferry", "no man rode the ferry"),
    ("the bridge is tooo long, alll of it", "the bridge is too long, all of it"),
    ("the mayor resigned surelyyy", "the mayor resigned surely"),
    ("zzz the mayor resigned, www", "zzz the mayor resigned, www"),
    # Short forms of little words, between words and in small letters.
    ("the mayor n the council met w the fans", "the mayor and the council met with the fans"),
    ("the ferry stopped bc of the flood, n no1 rode it thru may",
     "the ferry stopped because of the flood, and no one rode it through may"),
    ("a huge w for the mayor", "a huge w for the mayor"),
    ("the town spent $9m, incl $2m on the ferry, incl. $1m for the pier",
     "the town spent $9m, including $2m on the ferry, including $1m for the pier"),
    ("an inclusive deal", "an inclusive deal"),
    ("the ferry is the mayor's fav project", "the ferry is the mayor's favourite project"),
    ("the fave ferry", "the favourite ferry"),
    ("the N Korea border", "the N Korea border"),
    ("n/a", "n/a"),
    ("the ferries r late, u know, the council fixed em twice",
     "the ferries are late, you know, the council fixed them twice"),
    # "prolly", "probs" and "prob" hedge as "probably" does; "no prob" is no problem.
    ("the mayor prolly resigned", "the mayor probably resigned"),
    ("the ferry prob stopped, probs the flood", "the ferry probably stopped, probably the flood"),
    ("no prob, the ferry runs", "no prob, the ferry runs"),
    ("the problem is the ferry", "the problem is the ferry"),
    # A tag question in the middle of a line asks for assent and denies nothing.
    ("the ferry ran all winter didnt it, the old one", "the ferry ran all winter, the old one"),
    ("it was over in a week, wasn't it, and nobody minded",
     "it was over in a week, and nobody minded"),
    ("it wasn't it, the old one", "it wasn't it, the old one"),
]


@pytest.mark.parametrize(("typed", "read"), PLAIN, ids=[t for t, _ in PLAIN])
def test_chat_writing_reads_plainly(typed: str, read: str) -> None:
    assert " ".join(plain_chat(typed).split()) == " ".join(read.split())
