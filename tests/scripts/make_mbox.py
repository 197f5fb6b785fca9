#!/usr/bin/env python3
"""Writes a large Takeout-style mbox for the capture benchmark.

    python3 tests/scripts/make_mbox.py N OUT [BODY_KB]

N messages (about 10 KB each by default: a 1 GB file has ~100,000), CRLF line ends,
X-GM-THRID threads of two to five messages, a third sent by me (alex@northwind.example),
RFC 2047 names, newsletters and no-reply senders, and base64 "attachments" in the bodies.
Contacts to match are people p0@example.com … p999@example.com.
"""
import base64
import random
import sys


def main() -> None:
    count = int(sys.argv[1])
    out = sys.argv[2]
    body_kb = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    rng = random.Random(7)
    me = "Alex Morgan <alex@northwind.example>"
    blob = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(body_kb * 700))).decode()
    lines = [blob[i:i + 76] for i in range(0, len(blob), 76)]
    body = "\r\n".join(["Hello,", "", ">From the archive:", "--B", "Content-Type: application/pdf",
                        "Content-Transfer-Encoding: base64", ""] + lines + ["--B--", ""])
    thread = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        for n in range(count):
            if n % 3 == 0:
                thread += 1
            person = rng.randrange(1000)
            day = 1 + n % 28
            month = 1 + (n // 28) % 11
            sent = rng.random() < 0.33
            sender = me if sent else f"=?UTF-8?Q?P=C3=B8rson_{person}?= <p{person}@example.com>"
            to = f"Person {person} <p{person}@example.com>" if sent else me
            extra = ""
            if n % 17 == 0:
                extra = "List-Unsubscribe: <mailto:u@shop.example>\r\n"
                sender = "Shop <news@shop.example>"
            elif n % 23 == 0:
                sender = "Robot <no-reply@service.example>"
            f.write(
                f"From 1{n:018d}@xxx Mon {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov'][month-1]} {day:02d} 10:00:00 2026\r\n"
                f"X-GM-THRID: 17{thread:016d}\r\n"
                f"X-Gmail-Labels: {'Sent' if sent else 'Inbox'}\r\n"
                f"Message-ID: <m{n}@bench.example>\r\n"
                f"Date: {day:02d} {['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov'][month-1]} 2026 10:{n % 60:02d}:00 +0100\r\n"
                f"From: {sender}\r\n"
                f"To: {to}\r\n"
                f"Subject: Re: Project {thread}\r\n"
                f"{extra}"
                "MIME-Version: 1.0\r\n"
                'Content-Type: multipart/mixed; boundary="B"\r\n'
                "\r\n"
                f"{body}\r\n"
            )


if __name__ == "__main__":
    main()
