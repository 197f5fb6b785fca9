#!/usr/bin/env python3
"""The peer for the capture benchmark: Python's standard `mailbox` module reading the same
headers Dunbar reads (Message-ID, Date, From, To, Cc, Subject, threading and list headers).

    python3 tests/scripts/mbox_peer.py MBOX
"""
import mailbox
import sys
import time


def main() -> None:
    start = time.perf_counter()
    count = 0
    for message in mailbox.mbox(sys.argv[1], create=False):
        for name in ("Message-ID", "Date", "From", "To", "Cc", "Subject", "X-GM-THRID",
                     "X-Gmail-Labels", "References", "In-Reply-To", "List-Id",
                     "List-Unsubscribe", "Precedence", "Auto-Submitted"):
            message.get(name)
        count += 1
    print(f"{count} messages in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
