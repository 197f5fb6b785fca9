#!/usr/bin/env python3
"""Writes a LinkedIn Connections.csv with N rows (default 30,000), in LinkedIn's own layout:
a Notes: preamble, then First Name,Last Name,URL,Email Address,Company,Position,Connected On.
Usage: python3 tests/scripts/make_linkedin_csv.py [N] > Connections.csv"""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
rng = random.Random(30000)
given = ["Søren", "Mette", "Anders", "Lærke", "Jens", "Åse", "Jürgen", "Zoë", "Amélie", "Ngọc", "Priya", "Oliver", "Emma"]
family = ["Frederiksen", "Nielsen", "Bøgh", "Ærø", "Müller", "Østergaard", "García", "Nguyễn", "O'Brien", "Smith"]
companies = ["Novo Nordisk", "Mærsk", "LEGO", "Ørsted", "Acme, Inc.", "Spotify", ""]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
out = sys.stdout
out.write("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n")
out.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
for i in range(n):
    g, f = rng.choice(given), rng.choice(family)
    email = f"person{i}@example.com" if rng.random() < 0.3 else ""
    company = rng.choice(companies)
    company = f'"{company}"' if "," in company else company
    date = f"{rng.randint(1, 28):02d} {rng.choice(months)} {rng.randint(2010, 2026)}"
    out.write(f"{g},{f},https://www.linkedin.com/in/p-{i},{email},{company},Engineer,{date}\n")
