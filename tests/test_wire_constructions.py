"""Common wire constructions of meetings, calls, visits and their statuses and dates, each with what kgraph must
read from it: sentences written for this test (not taken from the gold sets), with a Thursday publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from kgraph.extract import extract
from kgraph.model import Article

PUB = dt.date(2025, 7, 17)  # a Thursday
A = "Japanese Foreign Minister Takeshi Iwaya"
B = "Chinese Foreign Minister Wang Yi"

PAIR_CASES = [
    (f"{A} met {B} in Kuala Lumpur on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} met with {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} sat down with {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} and {B} held talks in Kuala Lumpur on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} held talks with his Chinese counterpart Wang Yi on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} spoke by phone with {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} held a phone conversation with {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} and {B} discussed regional security during a phone call on Tuesday.", "2025-07-15", "occurred"),
    (f"In a call with {B} on Tuesday, {A} urged restraint.", "2025-07-15", "occurred"),
    (f"After meeting {B} in Beijing on Tuesday, {A} told reporters the talks had been frank.", "2025-07-15",
     "occurred"),
    (f"Speaking after talks with {B} on Tuesday, {A} said relations were improving.", "2025-07-15", "occurred"),
    (f"{A}, who met {B} on Tuesday, said relations were improving.", "2025-07-15", "occurred"),
    (f"{A} told reporters after meeting {B} on Tuesday that relations were improving.", "2025-07-15", "occurred"),
    (f"{A} will travel to Beijing next week to meet {B}.", "2025-07", "planned"),
    (f"{A} is set to meet {B} on Friday.", "2025-07-18", "planned"),
    (f"{A} is expected to hold talks with {B} in Tokyo on Friday.", "2025-07-18", "planned"),
    (f"A meeting between {A} and {B}, scheduled for Friday, was postponed.", "2025-07-18", "cancelled"),
    (f"{A} cancelled a planned meeting with {B} on Friday.", "2025-07-18", "cancelled"),
    (f"{A} and {B} have agreed to meet in Tokyo next month.", "2025-08", "planned"),
    (f"{A} hosted {B} for talks in Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} welcomed {B} to Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} received {B} in Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{B} was received by {A} in Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} and {B} signed an agreement on maritime security in Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} and {B} co-chaired the annual strategic dialogue in Tokyo on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} denied that he had met {B} in Singapore.", None, "negated"),
    (f"{A} has no plans to meet {B}, his spokesman said.", None, "negated"),
    (f"{A} could meet {B} at the summit next month if relations improve.", None, None),
    (f"Talks between {A} and {B} in Tokyo on Tuesday ended without agreement.", "2025-07-15", "occurred"),
    (f"{A} paid a courtesy call on {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"On Tuesday, {A} met {B}.", "2025-07-15", "occurred"),
    (f"{A} met {B} on the sidelines of the ASEAN meetings in Kuala Lumpur on July 10.", "2025-07-10", "occurred"),
    (f"{A} and {B} last met in May.", "2025-05", "occurred"),
    (f"{A} and {B} met for the first time in three years on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} met {B} on Tuesday, a day after talks with South Korean Foreign Minister Cho Hyun.", "2025-07-15",
     "occurred"),
    (f"{A} visited Beijing on Tuesday, where he met {B}.", "2025-07-15", "occurred"),
    (f"During his visit to Beijing on Tuesday, {A} held talks with {B}.", "2025-07-15", "occurred"),
    (f"{A} is due in Beijing on Friday for talks with {B}.", "2025-07-18", "planned"),
    (f"{A} and {B} held a video call on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} and {B} held a videoconference on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} called {B} on Tuesday to discuss the crisis.", "2025-07-15", "occurred"),
    (f"{A} telephoned {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"On Saturday, {A} meets {B} in Beijing.", "2025-07-19", "planned"),
    (f"{A}, who meets {B} on Saturday, said he wanted a stable relationship.", "2025-07-19", "planned"),
    (f"Talks between {A} and {B} are slated for Saturday.", "2025-07-19", "planned"),
    (f"{A} arrived in Beijing on Thursday for talks with {B} on Saturday.", "2025-07-19", "planned"),
    (f"{A} arrived in Beijing on Monday for talks with {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} heads to Beijing on Saturday for talks with {B}.", "2025-07-19", "planned"),
    (f"{A} dined with {B} in Beijing on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} is travelling to Beijing for talks with {B}.", None, "planned"),
    (f"Ahead of his meeting with {B} on Saturday, {A} said he wanted a stable relationship.", "2025-07-19",
     "planned"),
    (f"{A} postponed his trip to Beijing, where he had been due to meet {B} on Friday.", "2025-07-18", "cancelled"),
    (f"{A}'s meeting with {B} on Tuesday lasted two hours.", "2025-07-15", "occurred"),
    (f"{A} met {B} at the Great Hall of the People on Tuesday.", "2025-07-15", "occurred"),
    (f"Wang Yi met Iwaya on Tuesday.", "2025-07-15", "occurred"),
]

NAMED_CASES = [
    ("Indian Prime Minister Narendra Modi, on a three-day visit to Japan, met Japanese Prime Minister "
     "Shigeru Ishiba in Tokyo on Tuesday.",
     {"Narendra Modi", "Shigeru Ishiba"}, "2025-07-15", "occurred"),
    ("Shigeru Ishiba hosted Narendra Modi, who is on a three-day visit to Japan, for talks in Tokyo on "
     "Tuesday.",
     {"Narendra Modi", "Shigeru Ishiba"}, "2025-07-15", "occurred"),
    ("Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a two-day official visit.",
     {"Japan", "Narendra Modi"}, "2025-07-14", "occurred"),
    ("Indian Prime Minister Narendra Modi will visit Japan from July 20 to 22, the foreign ministry said.",
     {"Japan", "Narendra Modi"}, "2025-07-20", "planned"),
    ("The leaders of France, Germany and Poland met in Berlin on Tuesday.",
     {"France", "Germany", "Poland"}, "2025-07-15", "occurred"),
    ("French President Emmanuel Macron and German Chancellor Friedrich Merz met on the sidelines of the "
     "G20 summit in Johannesburg on Saturday.",
     {"Emmanuel Macron", "Friedrich Merz"}, "2025-07-12", "occurred"),
    ("U.S. Secretary of State Marco Rubio held separate talks with Israeli Prime Minister Benjamin "
     "Netanyahu and Egyptian President Abdel Fattah al-Sisi on Wednesday.",
     {"Benjamin Netanyahu", "Marco Rubio"}, "2025-07-16", "occurred"),
    ("U.S. Secretary of State Marco Rubio held separate talks with Israeli Prime Minister Benjamin "
     "Netanyahu and Egyptian President Abdel Fattah al-Sisi on Wednesday.",
     {"Abdel Fattah al-Sisi", "Marco Rubio"}, "2025-07-16", "occurred"),
    ("Russian President Vladimir Putin is scheduled to meet Indian Prime Minister Narendra Modi on Friday, "
     "a Kremlin spokesman said.",
     {"Narendra Modi", "Vladimir Putin"}, "2025-07-18", "planned"),
    ("Indian Prime Minister Narendra Modi's planned visit to Moscow next week has been cancelled.",
     {"Narendra Modi", "Russia"}, "2025-07", "cancelled"),
    ("Turkish President Tayyip Erdogan postponed a trip to Athens planned for next week.",
     {"Greece", "Tayyip Erdogan"}, "2025-07", "cancelled"),
    ("Greek Prime Minister Kyriakos Mitsotakis will not meet Turkish President Tayyip Erdogan during his "
     "visit, officials said.",
     {"Kyriakos Mitsotakis", "Tayyip Erdogan"}, None, "negated"),
    ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Tayyip Erdogan agreed to hold a "
     "summit in Athens later this year.",
     {"Kyriakos Mitsotakis", "Tayyip Erdogan"}, "2025", "planned"),
    ("Turkish President Tayyip Erdogan said he had spoken with Russian President Vladimir Putin by phone "
     "on Monday.",
     {"Tayyip Erdogan", "Vladimir Putin"}, "2025-07-14", "occurred"),
    ("A Chinese delegation led by Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in "
     "Geneva on Monday.",
     {"He Lifeng", "Scott Bessent"}, "2025-07-14", "occurred"),
    ("U.S. Treasury Secretary Scott Bessent received a delegation led by Chinese Vice Premier He Lifeng in "
     "Washington on Monday.",
     {"He Lifeng", "Scott Bessent"}, "2025-07-14", "occurred"),
    ("Chinese and Japanese officials met in Beijing on Tuesday to discuss seafood imports.",
     {"China", "Japan"}, "2025-07-15", "occurred"),
    ("Saudi Foreign Minister Prince Faisal bin Farhan received his Iranian counterpart Abbas Araghchi in "
     "Riyadh on Tuesday.",
     {"Abbas Araghchi", "Faisal bin Farhan"}, "2025-07-15", "occurred"),
    ("South Korean President Lee Jae-myung will travel to Washington next month for his first summit with "
     "U.S. President Donald Trump.",
     {"Donald Trump", "Lee Jae-myung"}, "2025-08", "planned"),
    ("Brazilian President Luiz Inacio Lula da Silva and Argentine President Javier Milei held their first "
     "bilateral meeting on Tuesday.",
     {"Javier Milei", "Luiz Inacio Lula da Silva"}, "2025-07-15", "occurred"),
    ("Pakistani Prime Minister Shehbaz Sharif met Saudi Crown Prince Mohammed bin Salman in Jeddah on "
     "Wednesday, state media reported.",
     {"Mohammed bin Salman", "Shehbaz Sharif"}, "2025-07-16", "occurred"),
    ("Kenyan President William Ruto on Wednesday hosted his Ugandan counterpart Yoweri Museveni at State "
     "House, Nairobi.",
     {"William Ruto", "Yoweri Museveni"}, "2025-07-16", "occurred"),
    ("Ukrainian President Volodymyr Zelenskiy and U.S. President Donald Trump met at the Vatican on "
     "Saturday ahead of the funeral.",
     {"Donald Trump", "Volodymyr Zelenskiy"}, "2025-07-12", "occurred"),
    ("The two presidents met for about 40 minutes.",
     None, None, None),
    ("Iran and the United States will hold a fifth round of talks in Rome on Friday, Oman said.",
     {"Iran", "United States"}, "2025-07-18", "planned"),
    ("Officials from Iran and the United States held indirect talks in Muscat on Saturday, mediated by "
     "Oman.",
     {"Iran", "United States"}, "2025-07-12", "occurred"),
    ("Israeli and Hamas negotiators resumed indirect talks in Doha on Sunday.",
     {"Hamas", "Israel"}, "2025-07-13", "occurred"),
    ("German Foreign Minister Johann Wadephul flew to Kyiv on Monday for talks with Ukrainian officials.",
     {"Johann Wadephul", "Ukraine"}, "2025-07-14", "occurred"),
    ("Chinese Premier Li Qiang paid an official visit to Indonesia from Saturday to Monday.",
     {"Indonesia", "Li Qiang"}, "2025-07-12", "occurred"),
    ("Philippine President Ferdinand Marcos Jr. is expected in Washington next week for talks with "
     "President Donald Trump.",
     {"Donald Trump", "Ferdinand Marcos Jr."}, "2025-07", "planned"),
]


# the same pair, with the ways wire copy tells a day, a month or a year
DATE_CASES = [
    # a perfect infinitive under a verb of belief or report tells of something done
    (f"{A} is understood to have met {B} on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} is believed to have held talks with {B} on Tuesday.", "2025-07-15", "occurred"),
    # a month of the cancellation is also the month the plan was for; a day is the cancellation's own
    (f"In June, {A} called off his trip to Beijing, where he was to hold talks with {B}.", "2025-06", "cancelled"),
    (f"On Monday, {A} called off his trip to Beijing, where he was to hold talks with {B} on Friday.", "2025-07-18",
     "cancelled"),
    (f"{A} met {B} late on Wednesday.", "2025-07-16", "occurred"),
    (f"{A} met {B} on July 10th.", "2025-07-10", "occurred"),
    (f"{A} met {B} on 10 July.", "2025-07-10", "occurred"),
    (f"{A} met {B} on Jul 10.", "2025-07-10", "occurred"),
    (f"{A} met {B} earlier this month.", "2025-07", "occurred"),
    (f"{A} met {B} in early July.", "2025-07", "occurred"),
    (f"{A} will meet {B} next Tuesday.", "2025-07-22", "planned"),
    (f"{A} will meet {B} on the 25th.", "2025-07-25", "planned"),
    (f"{A} met {B} two weeks ago.", "2025-07-03", "occurred"),
    (f"{A} met {B} yesterday.", "2025-07-16", "occurred"),
    (f"{A} met {B} this morning.", "2025-07-17", "occurred"),
    (f"{A} is due to meet {B} later this week.", "2025-07", "planned"),
    (f"{A} and {B} will hold talks in the coming days.", None, "planned"),
    (f"{A} met {B} on Tuesday night.", "2025-07-15", "occurred"),
    (f"{A} met {B} in 2023.", "2023", "occurred"),
    (f"{A} met {B} last year.", "2024", "occurred"),
    (f"{A} met {B} in June last year.", "2024-06", "occurred"),
    (f"{A} met {B} on Tuesday (July 15).", "2025-07-15", "occurred"),
    (f"{A} met {B} on July 15, 2024.", "2024-07-15", "occurred"),
    (f"{A} met {B} on Tuesday, July 15.", "2025-07-15", "occurred"),
    (f"{A} will meet {B} in September.", "2025-09", "planned"),
    (f"{A} met {B} in September.", "2024-09", "occurred"),
    (f"{A} and {B} are scheduled to meet on Aug. 5.", "2025-08-05", "planned"),
    (f"{A} met {B} on Thursday.", "2025-07-17", "occurred"),
    (f"{A} will meet {B} on Thursday.", "2025-07-17", "planned"),
    (f"{A} met {B} on Tuesday. The two ministers also discussed the East China Sea.", "2025-07-15", "occurred"),
    (f"{A} met {B} on Tuesday. On Wednesday, Iwaya flew to Seoul, where he met South Korean Foreign "
     f"Minister Cho Hyun.", "2025-07-15", "occurred"),
    (f"{A} will meet {B} on Friday. The meeting will be their first since March.", "2025-07-18", "planned"),
    (f"{A} and {B} last met in March in Beijing.", "2025-03", "occurred"),
    (f"{A} met {B} in Beijing at the start of the month.", "2025-07", "occurred"),
    (f"{A} met {B} at the end of last month.", "2025-06", "occurred"),
    (f"{A} and {B} met over the weekend.", "2025-07", "occurred"),
    (f"{A} and {B} will meet early next week.", "2025-07", "planned"),
    (f"{A} and {B} met for talks that lasted into the early hours of Wednesday.", "2025-07-16", "occurred"),
    (f"{A} and {B} met on Tuesday and again on Wednesday.", "2025-07-15", "occurred"),
    (f"The meeting between {A} and {B} took place on Tuesday.", "2025-07-15", "occurred"),
    (f"{A} held talks on Tuesday with {B}.", "2025-07-15", "occurred"),
    (f"On Tuesday evening, {A} hosted {B} for dinner.", "2025-07-15", "occurred"),
    (f"{A} arrived in Beijing on Tuesday. There he was received by {B}.", "2025-07-15", "occurred"),
    (f"{A} arrived in Beijing on Monday. The following morning he held talks with {B}.", "2025-07-15",
     "occurred"),
    (f"A meeting between {A} and {B} had been set for the 14th of last month but was called off.", "2025-06-14",
     "cancelled"),
    (f"A phone call between {A} and {B}, which had been arranged for the 18th, was cancelled.", "2025-07-18",
     "cancelled"),
    (f"The two countries restored ties on March 10, 2023. A month later, {A} and {B} met in Beijing.", "2023-04",
     "occurred"),
    (f"Venezuela held a referendum on December 3, 2023. A week earlier, {A} had telephoned {B}.", "2023-11-26",
     "occurred"),
    (f"The two ministers first met in March 2023. {A} and {B} met again in Tokyo that June.", "2023-06",
     "occurred"),
    (f"{A} had prepared the ground on Tuesday. That afternoon he spoke by phone with {B}.", "2025-07-15",
     "occurred"),
    (f"{A} flew home on Tuesday. Monday had been a tense day on the water. That evening Iwaya telephoned {B}.",
     "2025-07-14", "occurred"),
    (f"{A} and {B} sat down at 7am at the residence.", "2025-07-17", "occurred"),
    (f"{A} and {B} met at 9 a.m. on Tuesday.", "2025-07-15", "occurred"),
    (f"South Korean Foreign Minister Cho Hyun met {B} on Tuesday. {A} held separate talks with {B}.", "2025-07-15",
     "occurred"),
    (f"South Korean Foreign Minister Cho Hyun met {B} on Tuesday. {A} also met {B} separately.", "2025-07-15",
     "occurred"),
]


# who takes part: capitals, lists, delegations, summits, calls (Jaccard >= 0.6 for three or more, as scored)
PARTY_CASES = [
    ("Beijing and Washington agreed on Tuesday to resume trade talks next month.",
     {"China", "United States"}, "2025-08", "planned"),
    ("Moscow and Kyiv held a new round of talks in Istanbul on Wednesday.",
     {"Russia", "Ukraine"}, "2025-07-16", "occurred"),
    ("Tokyo and Seoul will hold a summit in Osaka next month.",
     {"Japan", "South Korea"}, "2025-08", "planned"),
    ("Leaders of the Group of Seven met in Kananaskis, Alberta, on Monday.",
     {"G7"}, "2025-07-14", "occurred"),
    ("The leaders of Brazil, Argentina, Uruguay and Paraguay met in Asuncion on Tuesday for a Mercosur "
     "summit.",
     {"Argentina", "Brazil", "Paraguay", "Uruguay"}, "2025-07-15", "occurred"),
    ("Foreign ministers of Japan, South Korea and China met in Tokyo on Saturday.",
     {"China", "Japan", "South Korea"}, "2025-07-12", "occurred"),
    ("The foreign ministers of India and China met in Beijing on Monday.",
     {"China", "India"}, "2025-07-14", "occurred"),
    ("Indian and Chinese diplomats held talks in New Delhi on Monday.",
     {"China", "India"}, "2025-07-14", "occurred"),
    ("Indonesian President Prabowo Subianto received Malaysian Prime Minister Anwar Ibrahim at the Merdeka "
     "Palace on Monday. The two leaders discussed the maritime boundary.",
     {"Anwar Ibrahim", "Prabowo Subianto"}, "2025-07-14", "occurred"),
    ("A Ukrainian delegation headed by Rustem Umerov held talks with U.S. officials in Miami on Sunday.",
     {"Rustem Umerov", "United States"}, "2025-07-13", "occurred"),
    ("Envoys from the United States, Egypt and Qatar met Israeli negotiators in Cairo on Monday.",
     {"Egypt", "Israel", "Qatar", "United States"}, "2025-07-14", "occurred"),
    ("U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin for more than two "
     "hours on Monday, the Kremlin said.",
     {"Donald Trump", "Vladimir Putin"}, "2025-07-14", "occurred"),
    ("Trump said he would meet Putin in Budapest soon.",
     {"Putin", "Trump"}, None, "planned"),
    ("The Kremlin denied that Putin had met Trump's envoy Steve Witkoff in Moscow last week.",
     {"Putin", "Steve Witkoff"}, "2025-07", "negated"),
    ("NATO Secretary General Mark Rutte met Ukrainian President Volodymyr Zelenskiy in Kyiv on Monday.",
     {"Mark Rutte", "Volodymyr Zelenskiy"}, "2025-07-14", "occurred"),
    ("European Commission President Ursula von der Leyen met Chinese Premier Li Qiang in Beijing on "
     "Thursday.",
     {"Li Qiang", "Ursula von der Leyen"}, "2025-07-17", "occurred"),
    ("Pakistan and Afghanistan held talks in Istanbul on Saturday, mediated by Turkey and Qatar.",
     {"Afghanistan", "Pakistan"}, "2025-07-12", "occurred"),
    ("Sudan's army and the Rapid Support Forces resumed indirect talks in Jeddah on Tuesday.",
     {"Rapid Support Forces"}, "2025-07-15", "occurred"),
    ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah II and Iraqi Prime Minister "
     "Mohammed Shia al-Sudani in Cairo on Wednesday for a three-way summit.",
     {"Abdel Fattah al-Sisi", "Abdullah II", "Mohammed Shia al-Sudani"}, "2025-07-16", "occurred"),
    ("Emirati President Sheikh Mohamed bin Zayed Al Nahyan received a phone call from Iranian President "
     "Masoud Pezeshkian on Monday.",
     {"Masoud Pezeshkian", "Mohamed bin Zayed Al Nahyan"}, "2025-07-14", "occurred"),
    ("Chinese Foreign Minister Wang Yi will visit Brazil, Chile and Peru next week.",
     {"Brazil", "Wang Yi"}, "2025-07", "planned"),
    ("Prime Minister Keir Starmer welcomed French President Emmanuel Macron to Downing Street on Thursday.",
     {"Emmanuel Macron", "Keir Starmer"}, "2025-07-17", "occurred"),
    ("Zelenskiy met Trump on the sidelines of the U.N. General Assembly in New York on Tuesday, a day "
     "after Trump met Erdogan.",
     {"Trump", "Zelenskiy"}, "2025-07-15", "occurred"),
    ("Zelenskiy met Trump on the sidelines of the U.N. General Assembly in New York on Tuesday, a day "
     "after Trump met Erdogan.",
     {"Erdogan", "Trump"}, "2025-07-14", "occurred"),
]


# whether it happened, is planned, was called off or is denied
STATUS_CASES = [
    # a "not" elsewhere in the sentence does not deny the meeting
    (f"It was not until Tuesday that {A} met {B}.", "occurred"),
    (f"{B} did not hide his irritation when he met {A} on Tuesday.", "occurred"),
    (f"The meeting between {A} and {B} on Tuesday did not produce a breakthrough.", "occurred"),
    (f"The talks between {A} and {B} on Tuesday did not end in agreement.", "occurred"),
    (f"The meeting between {A} and {B} did not take place.", "negated"),
    (f"The talks between {A} and {B} were not held on Tuesday.", "negated"),
    (f"{A} and {B} are set to hold talks in Tokyo on Friday.", "planned"),
    (f"{A} plans to meet {B} next month.", "planned"),
    (f"{A} is expected to travel to Beijing to meet {B}.", "planned"),
    (f"{A} will hold talks with {B} on Friday, the ministry said.", "planned"),
    (f"A meeting between {A} and {B} is scheduled for Friday.", "planned"),
    (f"{A} and {B} are due to meet on Friday.", "planned"),
    (f"{A} is to meet {B} on Friday.", "planned"),
    (f"{A} and {B} agreed to meet again in Tokyo in the autumn.", "planned"),
    (f"{A} invited {B} to visit Tokyo, and Wang accepted.", "planned"),
    (f"{A} and {B} will not meet during the forum, officials said.", "negated"),
    (f"{A} declined to meet {B} during his visit.", "negated"),
    (f"{A} refused to meet {B}.", "negated"),
    (f"The ministry denied that {A} had met {B} in secret.", "negated"),
    (f"There was no meeting between {A} and {B}, the ministry said.", "negated"),
    (f"{A} and {B} did not meet in Kuala Lumpur.", "negated"),
    (f"A planned meeting between {A} and {B} was called off.", "cancelled"),
    (f"A meeting between {A} and {B} was postponed indefinitely.", "cancelled"),
    (f"{A} scrapped his planned talks with {B}.", "cancelled"),
    (f"{A} cancelled a trip to Beijing where he was to meet {B}.", "cancelled"),
    (f"Talks between {A} and {B} were put off until next month.", "cancelled"),
    (f"{A} pulled out of a meeting with {B}.", "cancelled"),
    (f"{A}'s meeting with {B}, originally set for Friday, has been delayed.", "cancelled"),
    (f"{A} met {B} despite earlier reports that the meeting had been cancelled.", "occurred"),
    (f"{A} met {B} on Tuesday after a meeting planned for last month was postponed.", "occurred"),
    (f"{A} and {B} resumed talks on Tuesday after a two-year hiatus.", "occurred"),
    (f"{A} had been expected to meet {B} on Tuesday, but the meeting was cancelled.", "cancelled"),
    (f"{A} had hoped to meet {B}, but no meeting took place.", "negated"),
    (f"{A} and {B} could meet at the summit, diplomats said.", "planned"),
    (f"{A} may meet {B} at the summit next month.", "planned"),
    (f"{A} and {B} held talks on Tuesday, their first since the dispute erupted.", "occurred"),
    # "no such" denies a meeting of the parties it names; "such" alone sums up the one just told
    (f"{A} met South Korean Foreign Minister Cho Hyun on Tuesday. There was no such meeting between {A} and {B}.",
     "negated"),
    # a plan told in the past perfect right after a cancellation: the plan called off
    (f"{A} postponed a planned trip to Beijing, the ministry said. He had been expected to meet {B} there on "
     "Friday.", "cancelled"),
    (f"The trip was scrapped at short notice. {A} had been scheduled to meet {B} in Beijing on Friday.",
     "cancelled"),
    (f"{A} arrived in Beijing on Monday for a two-day visit. He had been expected to meet {B} there on Tuesday.",
     "planned"),
    (f"{A} put his visit to Beijing on hold. He was to meet {B} there on Friday.", "cancelled"),
    (f"{A} called off his trip to Beijing, where he was to hold talks with {B}.", "cancelled"),
    (f"{A} postponed his trip to Beijing, where he was to meet {B}, until next month.", "cancelled"),
    (f"A planned meeting between {A} and {B} fell through.", "cancelled"),
    # a refusal denied is a possibility
    (f"Officials did not rule out a meeting between {A} and {B} at the summit.", "planned"),
    (f"{A} declined to rule out talks with {B}.", "planned"),
    (f"{A} ruled out a meeting with {B}.", "negated"),
    # talks that broke down were held; talks someone broke off are called off
    (f"Talks between {A} and {B} broke down on Tuesday.", "occurred"),
    (f"{A} broke off talks with {B} on Tuesday.", "cancelled"),
    # "without meeting", "has yet to": not held
    (f"{A} left the forum on Tuesday without meeting {B}.", "negated"),
    (f"{A} has yet to meet {B}.", "negated"),
    (f"{A} and {B} have yet to hold talks.", "negated"),
    # an event being prepared or arranged lies ahead
    (f"A meeting between {A} and {B} is being prepared, officials said.", "planned"),
]


# visits: who, where, when
VISIT_CASES = [
    ("Indian Prime Minister Narendra Modi arrived in Tokyo on Monday on a two-day visit.",
     {"Japan", "Narendra Modi"}, "2025-07-14", "occurred", "Tokyo"),
    ("Indian Prime Minister Narendra Modi will pay a state visit to France next month.",
     {"France", "Narendra Modi"}, "2025-08", "planned", "France"),
    ("Indian Prime Minister Narendra Modi wrapped up a three-day visit to Brazil on Wednesday.",
     {"Brazil", "Narendra Modi"}, "2025-07-14", "occurred", "Brazil"),
    ("Indian Prime Minister Narendra Modi is visiting Ghana this week, his first trip to the country.",
     {"Ghana", "Narendra Modi"}, "2025-07", "occurred", "Ghana"),
    ("During his visit to Cairo on Tuesday, Indian Prime Minister Narendra Modi met Egyptian President "
     "Abdel Fattah al-Sisi.",
     {"Abdel Fattah al-Sisi", "Narendra Modi"}, "2025-07-15", "occurred", "Cairo"),
    ("Egyptian President Abdel Fattah al-Sisi welcomed Indian Prime Minister Narendra Modi to Cairo on "
     "Tuesday.",
     {"Abdel Fattah al-Sisi", "Narendra Modi"}, "2025-07-15", "occurred", "Cairo"),
    ("Indian Prime Minister Narendra Modi's visit to Washington in February was his first since Trump "
     "returned to office.",
     {"Narendra Modi", "United States"}, "2025-02", "occurred", "Washington"),
    ("Indian Prime Minister Narendra Modi will travel to Moscow and Vienna next week.",
     {"Narendra Modi", "Russia"}, "2025-07", "planned", "Moscow"),
    ("Indian Prime Minister Narendra Modi will travel to Moscow and Vienna next week.",
     {"Austria", "Narendra Modi"}, "2025-07", "planned", "Vienna"),
    ("Russian President Vladimir Putin flew to Pyongyang on Tuesday for a two-day visit, his first in 24 "
     "years.",
     {"North Korea", "Vladimir Putin"}, "2025-07-15", "occurred", "Pyongyang"),
    ("Russian President Vladimir Putin postponed his visit to Turkey.",
     {"Turkey", "Vladimir Putin"}, None, "cancelled", "Turkey"),
    ("Chinese President Xi Jinping began a state visit to Serbia on Tuesday.",
     {"Serbia", "Xi Jinping"}, "2025-07-15", "occurred", "Serbia"),
    ("Chinese President Xi Jinping is on a state visit to Serbia.",
     {"Serbia", "Xi Jinping"}, "2025-07-17", "occurred", "Serbia"),
    ("U.S. Secretary of State Marco Rubio landed in Jerusalem on Sunday.",
     {"Israel", "Marco Rubio"}, "2025-07-13", "occurred", "Jerusalem"),
]


# short stories: each interaction they tell, with its day
STORY_CASES = [
    ("German Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Tuesday. The two "
     "leaders discussed defence spending and agreed to meet again in Paris next month.",
     [({"Emmanuel Macron", "Friedrich Merz"}, "2025-07-15", "occurred"),
      ({"Emmanuel Macron", "Friedrich Merz"}, "2025-08", "planned")]),
    ("Indian External Affairs Minister S. Jaishankar held talks with his Chinese counterpart Wang Yi in "
     "Beijing on Monday. It was their first meeting since February. The two sides agreed to resume direct "
     "flights.",
     [({"S. Jaishankar", "Wang Yi"}, "2025-07-14", "occurred")]),
    ("U.S. Secretary of State Marco Rubio spoke by phone with Russian Foreign Minister Sergei Lavrov on "
     "Saturday. The call, which lasted 40 minutes, covered Ukraine. Rubio and Lavrov last met in Riyadh in "
     "February.",
     [({"Marco Rubio", "Sergei Lavrov"}, "2025-07-12", "occurred"),
      ({"Marco Rubio", "Sergei Lavrov"}, "2025-02", "occurred")]),
    ("Turkish Foreign Minister Hakan Fidan hosted his Ukrainian counterpart Andrii Sybiha in Ankara on "
     "Wednesday. Sybiha also met President Tayyip Erdogan, who said Turkey was ready to host peace talks.",
     [({"Andrii Sybiha", "Hakan Fidan"}, "2025-07-16", "occurred"),
      ({"Andrii Sybiha", "Tayyip Erdogan"}, "2025-07-16", "occurred")]),
    ("Japanese Prime Minister Shigeru Ishiba will visit Washington next week for talks with U.S. President "
     "Donald Trump, officials said. The meeting will focus on tariffs. Ishiba last met Trump in February.",
     [({"Donald Trump", "Shigeru Ishiba"}, "2025-07", "planned"),
      ({"Donald Trump", "Shigeru Ishiba"}, "2025-02", "occurred")]),
    ("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in "
     "Tokyo on Saturday. Lee arrived in Tokyo on Friday for a two-day visit. The leaders agreed to hold "
     "regular shuttle diplomacy.",
     [({"Lee Jae-myung", "Shigeru Ishiba"}, "2025-07-12", "occurred")]),
    ("Egyptian Foreign Minister Badr Abdelatty met Qatari Prime Minister Sheikh Mohammed bin Abdulrahman "
     "Al Thani in Doha on Sunday to discuss the Gaza ceasefire. Abdelatty then flew to Amman, where he "
     "held talks with Jordanian Foreign Minister Ayman Safadi on Monday.",
     [({"Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani"}, "2025-07-13", "occurred"),
      ({"Ayman Safadi", "Badr Abdelatty"}, "2025-07-14", "occurred")]),
    ("Kenyan President William Ruto received a delegation from the African Union led by Commission "
     "chairman Mahmoud Ali Youssouf at State House on Tuesday. The delegation briefed Ruto on the "
     "mediation effort in Sudan.",
     [({"Mahmoud Ali Youssouf", "William Ruto"}, "2025-07-15", "occurred")]),
]

# summits and gatherings (Jaccard >= 0.6, as scored)
SUMMIT_CASES = [
    ("Leaders of Brazil, Russia, India, China and South Africa opened the BRICS summit in Rio de Janeiro "
     "on Sunday.",
     {"Brazil", "China", "India", "Russia", "South Africa"}, "2025-07-13", "occurred"),
    ("Brazilian President Luiz Inacio Lula da Silva hosted Chinese Premier Li Qiang, Indian Prime Minister "
     "Narendra Modi and South African President Cyril Ramaphosa at the BRICS summit in Rio de Janeiro on "
     "Sunday.",
     {"Cyril Ramaphosa", "Li Qiang", "Luiz Inacio Lula da Silva", "Narendra Modi"}, "2025-07-13", "occurred"),
    ("The summit in Rio de Janeiro on Sunday was attended by Chinese Premier Li Qiang, Indian Prime "
     "Minister Narendra Modi and South African President Cyril Ramaphosa.",
     {"Cyril Ramaphosa", "Li Qiang", "Narendra Modi"}, "2025-07-13", "occurred"),
    ("Chinese Premier Li Qiang, Indian Prime Minister Narendra Modi and South African President Cyril "
     "Ramaphosa attended the BRICS summit in Rio de Janeiro on Sunday.",
     {"Cyril Ramaphosa", "Li Qiang", "Narendra Modi"}, "2025-07-13", "occurred"),
    ("Foreign ministers of the Quad - Antony Blinken, Penny Wong, Subrahmanyam Jaishankar and Yoko "
     "Kamikawa - met in Tokyo on Monday.",
     {"Antony Blinken", "Penny Wong", "Subrahmanyam Jaishankar", "Yoko Kamikawa"}, "2025-07-14", "occurred"),
    ("Turkish President Tayyip Erdogan will host a summit with Azerbaijani President Ilham Aliyev and "
     "Georgian Prime Minister Irakli Kobakhidze in Ankara next month.",
     {"Ilham Aliyev", "Irakli Kobakhidze", "Tayyip Erdogan"}, "2025-08", "planned"),
    ("A trilateral summit of Japan, China and South Korea planned for December has been postponed.",
     {"China", "Japan", "South Korea"}, "2025-12", "cancelled"),
    ("Among those attending the summit in Cairo on Monday were Jordan's King Abdullah II, Iraqi Prime "
     "Minister Mohammed Shia al-Sudani and Palestinian President Mahmoud Abbas.",
     {"Abdullah II", "Mahmoud Abbas", "Mohammed Shia al-Sudani"}, "2025-07-14", "occurred"),
    ("Central Asian leaders Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Sadyr Japarov met in Tashkent on "
     "Friday.",
     {"Kassym-Jomart Tokayev", "Sadyr Japarov", "Shavkat Mirziyoyev"}, "2025-07-11", "occurred"),
]


# a ministry's readouts
READOUT_CASES = [
    ("On 10 July 2025, Minister Ronald Lamola received H.E. Mr. Wu Peng, Ambassador of the People's "
     "Republic of China to South Africa, at the Ministry.",
     {"Ronald Lamola", "Wu Peng"}, "2025-07-10", "occurred"),
    ("The Minister of Foreign Affairs, Mr. Abdoulaye Diop, held a bilateral meeting with his counterpart "
     "from Senegal, Mr. Cheikh Niang, on the margins of the ECOWAS summit.",
     {"Abdoulaye Diop", "Cheikh Niang"}, None, "occurred"),
    ("H.E. Dr. Abdullatif bin Rashid Al Zayani, Minister of Foreign Affairs, had a telephone conversation "
     "today with H.E. Hakan Fidan, Minister of Foreign Affairs of the Republic of Turkiye.",
     {"Abdullatif bin Rashid Al Zayani", "Hakan Fidan"}, "2025-07-17", "occurred"),
    ("Minister Penny Wong paid a courtesy call on President Ferdinand Marcos Jr. at Malacanang Palace on "
     "Tuesday.",
     {"Ferdinand Marcos Jr.", "Penny Wong"}, "2025-07-15", "occurred"),
    ("Foreign Minister Sugiono will pay an official visit to Japan from 20 to 22 July at the invitation of "
     "Foreign Minister Takeshi Iwaya.",
     {"Japan", "Sugiono"}, "2025-07-20", "planned"),
    ("Deputy Minister Alvin Botes today met with a delegation from the Palestinian Authority led by "
     "Foreign Minister Varsen Aghabekian.",
     {"Alvin Botes", "Varsen Aghabekian"}, "2025-07-17", "occurred"),
    ("Minister Ronald Lamola and his Ghanaian counterpart, Mr Samuel Okudzeto Ablakwa, will co-chair the "
     "Bi-National Commission in Pretoria on 28 October 2025.",
     {"Ronald Lamola", "Samuel Okudzeto Ablakwa"}, "2025-10-28", "planned"),
    ("Prime Minister Anwar Ibrahim received a courtesy call from the Chief Minister of Sabah, Datuk Seri "
     "Hajiji Noor, in Putrajaya on Monday.",
     {"Anwar Ibrahim", "Hajiji Noor"}, "2025-07-14", "occurred"),
    ("State Councilor and Foreign Minister Wang Yi met with Thai Foreign Minister Maris Sangiampongsa in "
     "Beijing on July 14.",
     {"Maris Sangiampongsa", "Wang Yi"}, "2025-07-14", "occurred"),
]


def _found(nlp, text):
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    return [(i.type.value, {p.actor.name for p in i.participants}, i.date, i.status.value) for i in ex.interactions]


def _the_one_with(nlp, text, who):
    """The one interaction of the text that names ``who`` (fails unless there is exactly one)."""
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    (event,) = [i for i in ex.interactions if who in {p.actor.name for p in i.participants}]
    return event


KNOWN_GAPS = {
    # a list between dashes, its first name tagged with the forum as one organisation
    "Foreign ministers of the Quad - Antony Blinken, Penny Wong, Subrahmanyam Jaishankar and Yoko Kamikawa - met "
    "in Tokyo on Monday.",
    # a hope, then "no meeting took place": the denial names no one
    f"{A} had hoped to meet {B}, but no meeting took place.",
    # a gathering of one body's unnamed leaders has a single party
    "Leaders of the Group of Seven met in Kananaskis, Alberta, on Monday.",
    # surnames alone, with no full name before them in the text
    "Trump said he would meet Putin in Budapest soon.",
    # "talks that lasted into the early hours of Wednesday": the day is told through the talks' end
    f"{A} and {B} met for talks that lasted into the early hours of Wednesday.",
    # the day after "cancelled ... on Friday" is the cancellation's or the meeting's: not decided
    f"{A} cancelled a planned meeting with {B} on Friday.",
    # en_core_web_sm tags an untitled "Shigeru Ishiba" at the start of a sentence as an organisation
    "Shigeru Ishiba hosted Narendra Modi, who is on a three-day visit to Japan, for talks in Tokyo on Tuesday.",
}


def _mark(cases):
    return [pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known gap")) if c[0] in KNOWN_GAPS
            else c for c in cases]


@pytest.mark.parametrize(("text", "date", "status"), _mark(PAIR_CASES + DATE_CASES))
def test_wire_construction_between_two_ministers(nlp, text, date, status):
    got = [g for g in _found(nlp, text) if {"Wang Yi"} <= g[1] and ({"Takeshi Iwaya"} <= g[1] or {"Iwaya"} <= g[1])]
    if status is None:
        assert got == []  # a hypothetical is no interaction
    else:
        assert any(g[2] == date and g[3] == status for g in got), got


@pytest.mark.parametrize(("text", "parts", "date", "status"), [c for c in _mark(NAMED_CASES)
                                                             if (c.values[1] if hasattr(c, "values") else c[1])])
def test_wire_construction_with_named_parties(nlp, text, parts, date, status):
    got = _found(nlp, text)
    assert any(parts <= g[1] and len(g[1]) <= len(parts) + 1 and g[2] == date and g[3] == status for g in got), got


@pytest.mark.parametrize(("text", "parts", "date", "status"), _mark(PARTY_CASES))
def test_wire_construction_parties(nlp, text, parts, date, status):
    got = _found(nlp, text)
    assert any((parts <= g[1] or len(parts) >= 3 and len(parts & g[1]) / len(parts | g[1]) >= 0.6)
               and g[2] == date and g[3] == status for g in got), got


@pytest.mark.parametrize(("text", "status"), _mark(STATUS_CASES))
def test_wire_construction_status(nlp, text, status):
    got = [g for g in _found(nlp, text) if "Wang Yi" in g[1] or "Wang" in g[1]]
    assert any(g[3] == status for g in got), got


@pytest.mark.parametrize(("text", "parts", "date", "status", "place"), VISIT_CASES)
def test_wire_construction_visit(nlp, text, parts, date, status, place):
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    got = [({p.actor.name for p in i.participants}, i.date, i.status.value, i.location) for i in ex.interactions]
    assert any(parts <= g[0] and g[1:] == (date, status, place) for g in got), got


@pytest.mark.parametrize(("text", "expected"), STORY_CASES)
def test_wire_construction_story(nlp, text, expected):
    got = _found(nlp, text)
    for parts, date, status in expected:
        assert any(parts <= g[1] and g[2] == date and g[3] == status for g in got), (parts, date, status, got)


@pytest.mark.parametrize(("text", "parts", "date", "status"), _mark(SUMMIT_CASES))
def test_wire_construction_summit(nlp, text, parts, date, status):
    got = _found(nlp, text)
    assert any(len(parts & g[1]) / len(parts | g[1]) >= 0.6 and g[2] == date and g[3] == status for g in got), got


@pytest.mark.parametrize(("text", "parts", "date", "status"), _mark(READOUT_CASES))
def test_wire_construction_readout(nlp, text, parts, date, status):
    got = _found(nlp, text)
    assert any(parts <= g[1] and g[2] == date and g[3] == status for g in got), got


# An invitation's visit is the invited one's: (text, the visit's participants, or None: no visit by anyone named)
INVITATION_CASES = [
    ("Kenyan President William Ruto handed Ghanaian President John Mahama an invitation to visit Nairobi.",
     {"John Mahama", "Kenya"}),
    ("Kenyan President William Ruto extended an invitation to Ghanaian President John Mahama for a state visit "
     "to Kenya.", {"John Mahama", "Kenya"}),
    ("The Kenyan envoy conveyed an invitation to Ghanaian President John Mahama to visit Nairobi.",
     {"John Mahama", "Kenya"}),
    ("Ghanaian President John Mahama accepted an invitation from Kenyan President William Ruto to visit Kenya.",
     {"John Mahama", "Kenya"}),
    ("Kenyan Foreign Minister Musalia Mudavadi was received by Ghanaian President John Mahama in Accra, where he "
     "delivered an invitation from President William Ruto for a state visit to Nairobi.", None),
]


@pytest.mark.parametrize(("text", "parts"), INVITATION_CASES)
def test_an_invitations_visit_is_the_invited_ones_and_lies_ahead(nlp, text, parts):
    visits = [g for g in _found(nlp, text) if g[0] == "visit"]
    if parts is None:
        assert not any("Musalia Mudavadi" in g[1] for g in visits), visits
    else:
        assert any(g[1] == parts and g[3] == "planned" for g in visits), visits


# A lede that gives the post and leaves the name to the next sentences: (text, who must be a party)
LEDE_CASES = [
    ("Ghana's finance minister met his Nigerian counterpart in Accra on Tuesday to discuss a regional payments "
     "system. Ghanaian Finance Minister Cassiel Ato Forson told reporters the talks had been useful.",
     "Cassiel Ato Forson"),
    ("Ghana's finance minister and his Nigerian counterpart met in Accra on Tuesday. Cassiel Ato Forson led the "
     "Ghanaian delegation.", "Cassiel Ato Forson"),
    ("Norway's foreign minister held talks with Iceland's foreign minister in Oslo on Tuesday. Espen Barth Eide, "
     "the Norwegian Foreign Minister, said afterwards that Arctic fisheries dominated.", "Espen Barth Eide"),
]


@pytest.mark.parametrize(("text", "person"), LEDE_CASES)
def test_a_ledes_unnamed_post_is_its_holder_named_next(nlp, text, person):
    got = _found(nlp, text)
    assert any(person in g[1] and g[2] == "2025-07-15" for g in got), got


def test_a_press_releases_guest_parsed_as_an_apposition_of_the_place_is_received(nlp):
    """Press-release order: "received on <day>, at <venue> in <city>, <title>, <name>": the small model hangs the
    guest on the place; the guest is still who was received."""
    text = ("The Minister of Foreign Affairs of the Republic of Ghana, Samuel Okudzeto Ablakwa, received on Tuesday, "
            "15 July, at the headquarters of the Ministry in Accra, the Minister of Foreign Affairs of the Togolese "
            "Republic, Robert Dussey, who is in the country on a working visit.")
    got = _found(nlp, text)
    assert any({"Samuel Okudzeto Ablakwa", "Robert Dussey"} <= g[1] and g[2] == "2025-07-15" and g[3] == "occurred"
               for g in got), got


@pytest.mark.parametrize(("text", "status"), [
    ("Dutch Foreign Minister David van Weel signed a protocol with Belgian Foreign Minister Maxime Prevot on Tuesday.",
     "occurred"),
    ("Dutch Foreign Minister David van Weel will travel to Brussels next week to sign a protocol with Belgian "
     "Foreign Minister Maxime Prevot.", "planned"),
])
def test_signing_a_document_with_someone_is_an_agreement_with_them(nlp, text, status):
    """The with-phrase hung on the signed document names the other signatory."""
    got = _found(nlp, text)
    assert ("agreement", {"David van Weel", "Maxime Prevot"}, status) in [(g[0], g[1], g[3]) for g in got], got


def test_what_a_country_calls_a_place_is_no_phone_call(nlp):
    text = ("Philippine and Chinese officials discussed incidents near Scarborough Shoal, which China calls Huangyan "
            "Dao, on Tuesday.")
    assert not [g for g in _found(nlp, text) if g[0] == "phone_call"]


def test_a_trip_inside_a_denied_report_is_denied_too_but_not_one_made_while_refusing(nlp):
    denied = ("The ministry denied a report that Japanese Foreign Minister Takeshi Iwaya planned to meet North Korean "
              "officials during a future trip to Mongolia.")
    assert {g[3] for g in _found(nlp, denied)} == {"negated"}, _found(nlp, denied)
    refused = ("Japanese Foreign Minister Takeshi Iwaya refused to meet North Korean officials during his visit to "
               "Mongolia on Tuesday.")
    assert not [g for g in _found(nlp, refused) if g[0] == "visit" and g[3] == "negated"]


@pytest.mark.parametrize("text", [
    f"{A} is expected to pay a visit to China later this year. {B} had been due to continue on to Seoul on "
    "Thursday, but that leg of the trip was cancelled.",
    f"{A} will travel to China on Friday. A planned visit to Mongolia, which was to form part of this trip, has been "
    "deferred.",
])
def test_calling_off_a_part_of_a_trip_leaves_the_trip_planned(nlp, text):
    """'that leg of the trip', 'part of this trip': what is said of the part (cancelled) is not said of the whole."""
    got = _found(nlp, text)
    assert ("visit", {"Takeshi Iwaya", "China"}, "planned") in [(g[0], g[1], g[3]) for g in got], got


@pytest.mark.parametrize("text", [
    f"{A} will meet {B} at the summit.",
    f"{A} could meet {B} during the summit.",
    f"{A} will not meet {B} at the summit.",
])
def test_a_gathering_framing_a_clause_still_ahead_is_not_held(nlp, text):
    """'will meet X at the summit': the summit that frames a future or possible clause lies ahead as well."""
    got = [g for g in _found(nlp, text) if {"Takeshi Iwaya", "Wang Yi"} <= g[1]]
    assert got and not any(g[3] == "occurred" for g in got), got


@pytest.mark.parametrize("text, pair", [
    ("Paraguay's President Santiago Peña welcomed Chilean President Gabriel Boric to Asunción on Tuesday. Peña later "
     "telephoned Argentine President Javier Milei.", {"Santiago Peña", "Javier Milei"}),
])
def test_a_surname_with_accents_alone_is_the_person_named_in_full_before(nlp, text, pair):
    """'Peña' after 'Santiago Peña': the bare surname is looked up as names are kept, without accents."""
    got = _found(nlp, text)
    assert pair in [g[1] for g in got], got


@pytest.mark.parametrize("text, pair", [
    ("The Solomon Islands leader, Jeremiah Manele, arrived in Nuku'alofa on Monday. Australian Prime Minister Anthony "
     "Albanese met the Solomon Islands leader on Tuesday.", {"Anthony Albanese", "Jeremiah Manele"}),
    ("Fiji's Sitiveni Rabuka will see Solomon Islands' Jeremiah Manele on Friday. Australian Prime Minister Anthony "
     "Albanese met the Solomon Islands leader on Tuesday.", {"Anthony Albanese", "Jeremiah Manele"}),
    ("Sri Lankan Prime Minister Harini Amarasuriya arrived in New Delhi on Monday. Indian Prime Minister Narendra Modi "
     "met the Sri Lankan leader on Tuesday.", {"Narendra Modi", "Harini Amarasuriya"}),
    ("Chilean President Gabriel Boric arrived in Lima on Monday and was welcomed by his Peruvian host, Jose Jeri. On "
     "Tuesday Brazilian President Luiz Inacio Lula da Silva telephoned the Peruvian leader.",
     {"Luiz Inacio Lula da Silva", "Jose Jeri"}),
])
def test_a_country_of_several_words_gives_a_person_a_country_and_a_post_a_holder(nlp, text, pair):
    """'Solomon Islands' X', 'the Solomon Islands leader, X', 'his Peruvian host, X' give X a country, and 'the Solomon
    Islands leader', 'the Sri Lankan leader' later are X, not the country."""
    got = _found(nlp, text)
    assert pair in [g[1] for g in got], got


UGANDAN_VISIT = ("Kenya's foreign minister received his Ugandan counterpart in Nairobi on Wednesday. The visiting "
                 "minister, General Moses Okello, landed late on Tuesday. He held talks with {host}. Later the Ugandan "
                 "minister was received at State House by President William Ruto.")


@pytest.mark.parametrize("text, pair", [
    (UGANDAN_VISIT.format(host="Kenya's Foreign Minister Amina Wanjiku"), {"Moses Okello", "William Ruto"}),
    ("Turkey's foreign minister met Iraqi officials this week. On Tuesday, Ahmet Demir flew into Baghdad from Ankara. "
     "Demir held talks with his Iraqi counterpart, Fuad Hussein. Later that day, President Abdul Latif Rashid received "
     "the Turkish minister at the Salam Palace.", {"Abdul Latif Rashid", "Ahmet Demir"}),
])
def test_the_demonym_post_is_the_person_of_no_known_country_taking_part_before(nlp, text, pair):
    """'the Ugandan minister', 'the Turkish minister' with no one of that country named: the person of no known
    country who took part in the interactions told just before."""
    got = _found(nlp, text)
    assert pair in [g[1] for g in got], got


def test_the_demonym_post_stays_the_country_when_two_persons_of_no_known_country_could_hold_it(nlp):
    """The guest and the host both of no known country, each in one interaction: which one is Ugandan is not told."""
    got = _found(nlp, UGANDAN_VISIT.format(host="Foreign Minister Amina Wanjiku"))
    assert {"Amina Wanjiku", "William Ruto"} not in [g[1] for g in got], got


GULF_RELEASE = ("His Highness the Crown Prince Sheikh Salem Khaled Al-Sabah received the Finnish Foreign Minister, Elina "
                "Valtonen, on Monday. On Tuesday His Highness the Amir Sheikh Fahad Nasser Al-Sabah received at Bayan "
                "Palace the President of Finland, Alexander Stubb. {}")


@pytest.mark.parametrize("text, expected", [
    (GULF_RELEASE.format("A visit by His Highness the Crown Prince to Helsinki, which had been scheduled for last "
                         "November, was postponed."), ("visit", {"Salem Khaled Al-Sabah", "Finland"}, "cancelled")),
    (GULF_RELEASE.format("The talks were attended by His Highness the Crown Prince. In a separate development, His "
                         "Highness the Amir received on Monday a telephone call from French President Emmanuel Macron."),
     ("phone_call", {"Fahad Nasser Al-Sabah", "Emmanuel Macron"}, "occurred")),
    (GULF_RELEASE.format(""), ("meeting", {"Fahad Nasser Al-Sabah", "Alexander Stubb"}, "occurred")),
])
def test_his_highness_the_post_is_the_holder_of_that_post(nlp, text, expected):
    """'His Highness the Crown Prince', 'His Highness the Amir': the person holding that post (the office before the
    form of address 'Sheikh'), not the last royal named; with a name after the post, that name alone."""
    got = _found(nlp, text)
    assert expected in [(g[0], g[1], g[3]) for g in got], got


@pytest.mark.parametrize("text, pair", [
    ("The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Tuesday for their first talks in a year. "
     "Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov spent five hours at a hotel near the airport, "
     "officials said.", {"Ararat Mirzoyan", "Jeyhun Bayramov"}),
    ("The presidents of Guyana and Venezuela met in Kingstown on Thursday. Guyana's Irfaan Ali and Venezuela's Nicolas "
     "Maduro spent two hours together, while Venezuela's Vice President Delcy Rodriguez waited outside.",
     {"Irfaan Ali", "Nicolas Maduro"}),
    ("The leaders of Belgium and the Netherlands met in Brussels on Wednesday. Belgium's Maxime Prevot and the "
     "Netherlands' David van Weel also discussed the budget.", {"Belgium", "Netherlands"}),
])
def test_the_posts_of_two_countries_are_the_persons_of_those_countries_named_near_by(nlp, text, pair):
    """'The foreign ministers of A and B met', each named in the next sentence without the post: those two (not a
    vice-president for 'the presidents'; and 'the leaders' of two countries may be anyone: the countries stay)."""
    got = _found(nlp, text)
    assert pair in [g[1] for g in got if g[0] == "meeting"], got


def test_his_host_is_the_person_the_story_named_as_host(nlp):
    """'his host, Rwandan President Paul Kagame ... dined with his host': the named host, not the other party of the
    last interaction told."""
    text = ("Kenyan President William Ruto arrived in Kigali on Monday and was welcomed by his host, Rwandan President "
            "Paul Kagame. On Tuesday Ruto held talks with Ugandan President Yoweri Museveni on the sidelines of the "
            "forum. That evening Ruto dined with his host at Village Urugwiro.")
    got = _found(nlp, text)
    assert ("meeting", {"William Ruto", "Paul Kagame"}, "2025-07-15") in [g[:3] for g in got], got


def test_a_hyphenated_country_before_a_name_is_the_person_s_country_not_part_of_the_name(nlp):
    """'the Minister of Foreign Affairs of Timor-Leste Bendito Freitas': the post is of Timor-Leste ("-" inside the
    country's name) and the name starts after it (not at "Leste")."""
    text = ("Indonesian Foreign Minister Sugiono met the Minister of Foreign Affairs of Timor-Leste Bendito Freitas in "
            "Jakarta on Tuesday.")
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    people = {p.actor.name: p.actor for i in ex.interactions for p in i.participants}
    assert people.get("Bendito Freitas") is not None and people["Bendito Freitas"].country == "Timor-Leste", people


def test_the_two_countries_are_those_of_the_two_people_the_sentence_has_just_named(nlp):
    """'X and Y co-chaired the meeting of the commission between the two countries', after a call of X with Z: the
    countries of X and Y, not of the pair told before."""
    text = ("Indonesian Foreign Minister Sugiono spoke by phone with Iranian Foreign Minister Abbas Araghchi on Monday. "
            "On Tuesday, Foreign Minister Sugiono and Minister of Foreign Affairs and Cooperation of Timor-Leste "
            "Bendito Freitas co-chaired the sixth meeting of the Joint Ministerial Commission between the two countries "
            "in Jakarta. At the end of the meeting the two delegations signed a memorandum of understanding on border "
            "crossings.")
    got = _found(nlp, text)
    assert not [g for g in got if g[1] == {"Indonesia", "Iran"}], got


def test_people_joined_by_another_meet_with_him(nlp):
    """'the two ministers were joined by X': a meeting of the three; 'Finland joined NATO' is no meeting."""
    text = ("Kenyan Foreign Minister Musalia Mudavadi held talks with Ugandan Foreign Minister Jeje Odongo in Nairobi on "
            "Tuesday. On Wednesday the two ministers were joined by Tanzania's Foreign Minister Mahmoud Thabit Kombo, who "
            "flew in from Dar es Salaam.")
    got = _found(nlp, text)
    assert ("meeting", {"Musalia Mudavadi", "Jeje Odongo", "Mahmoud Thabit Kombo"}, "2025-07-16") in [
        g[:3] for g in got], got
    got = _found(nlp, "Finland joined NATO in 2023, and Sweden was joined by Norway in a new defence pact.")
    assert not [g for g in got if g[0] == "meeting"], got


def _placed(nlp, text):
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    return [(i.type.value, {p.actor.name for p in i.participants}, i.status.value, i.location)
            for i in ex.interactions]


@pytest.mark.parametrize("text, place", [
    (f"{A} will travel to Malaysia on Friday. In Kuala Lumpur he will open a new trade office.", "Kuala Lumpur"),
    (f"{A} paid a state visit to Kenya on Tuesday. Talks in Nairobi focused on trade.", "Nairobi"),
    (f"{A} will travel to Malaysia on Friday to open a new trade office.", "Malaysia"),
    (f"{A} cancelled a visit to Malaysia planned for Friday. Officials in Kuala Lumpur voiced regret.", "Malaysia"),
])
def test_a_visit_to_a_country_whose_capital_the_story_names_is_placed_there(nlp, text, place):
    """A visit told by the country is placed in its capital when the story names that capital (where the visitor is
    received); without it the country stays, and so does a visit called off, which never got anywhere."""
    got = [g for g in _placed(nlp, text) if g[0] == "visit" and g[1] & {"Malaysia", "Kenya"}]
    assert got and got[0][3] == place, got


@pytest.mark.parametrize("first", ["on Monday, 14 July,", "on Monday, July 14,"])
def test_a_weekday_with_its_calendar_day_dates_the_story_for_the_next_day(nlp, first):
    """'received X on Monday, 14 July': the calendar day (parsed in apposition to the weekday) is the story's day,
    from which 'the following day' counts."""
    text = (f"{A} received {B} {first} in Tokyo. The following day, Wang was received by Prime Minister "
            "Shigeru Ishiba.")
    got = [g for g in _found(nlp, text) if "Shigeru Ishiba" in g[1]]
    assert got and got[0][2] == "2025-07-15", got


@pytest.mark.parametrize("text, place", [
    (f"{A} met {B} on Monday. It followed the talks held between the two ministers in Nairobi last November.",
     "Nairobi"),
    ("Kenya and Uganda signed a border accord in March, at talks hosted by Tanzanian President Samia Suluhu "
     "Hassan in the lakeside town of Mwanza.", "Mwanza"),
    ("Kenya and Uganda agreed in May to hold talks. The first round, which was to have opened in Kampala on "
     "Monday, was put off at Uganda's request.", "Kampala"),
])
def test_the_place_told_in_the_events_own_clause(nlp, text, place):
    """'the talks held between the two ministers in Nairobi', 'talks hosted by X in the town of Y', 'the first round,
    which was to have opened in Kampala': the place hung on the clause that tells the event (or on the people it
    names) is the event's."""
    got = [g for g in _placed(nlp, text) if g[3] and place in g[3]]
    assert got, _placed(nlp, text)


@pytest.mark.parametrize("text, pair, place", [
    ("Malaysian Prime Minister Anwar Ibrahim will travel to Kota Kinabalu on Friday for talks with Indonesian "
     "President Prabowo Subianto.", {"Anwar Ibrahim", "Prabowo Subianto"}, "Kota Kinabalu"),
    ("Kenyan President William Ruto received a delegation led by Ugandan Foreign Minister Jeje Odongo at a lakeside "
     "lodge in Kisumu on Monday.", {"William Ruto", "Jeje Odongo"}, "Kisumu"),
])
def test_a_city_the_tagger_misses_or_a_venue_in_a_city(nlp, text, pair, place):
    """'to Kota Kinabalu' (a two-word city the small model tags as a person), 'at a lodge in Kisumu' (the city the
    venue is in, hung on the venue): the city is the place."""
    got = [g for g in _placed(nlp, text) if pair <= g[1]]
    assert got and got[0][3] == place, got


def test_talks_told_inside_a_call_take_no_place_from_the_story(nlp):
    """'followed up with a telephone conversation with X, in which the two discussed ...': what they discussed
    was on the phone; the city of the meeting told before is not its place."""
    text = (f"{A} received {B} at the Iikura Guest House in Tokyo on Monday. Iwaya followed up on Wednesday with a "
            "telephone conversation with South Korean Foreign Minister Cho Hyun, in which the two discussed trade.")
    got = [g for g in _placed(nlp, text) if {"Takeshi Iwaya", "Cho Hyun"} <= g[1]]
    assert got and not any(g[3] for g in got), got


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto returned to Nairobi on Sunday. On Monday, Ruto met Ugandan President Yoweri "
    "Museveni on the outskirts of the capital.",
    "Kenya hosted talks in Nairobi on Sunday, a year after a row pushed Kampala and Kigali to the brink. On Monday, "
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni at a lodge on the edge of the capital.",
])
def test_the_capital_is_the_capital_the_story_placed_itself_in(nlp, text):
    """'on the outskirts of the capital': the capital the story last named as a place (not one named as a
    government: 'pushed Kampala and Kigali to the brink')."""
    got = [g for g in _placed(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][3] == "Nairobi", got


def test_a_call_the_parser_hangs_inside_what_was_discussed_is_the_discussions(nlp):
    """'X and Y discussed the corridor that is meant to link A with B in a phone call on Tuesday': the call (and
    its day), hung by the parser on 'link', is how and when they discussed it."""
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni discussed the oil pipeline that is "
            "meant to link Uganda's western oilfields with the port of Tanga in a phone call on Tuesday.")
    got = [g for g in _found(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][0] == "phone_call" and got[0][2] == "2025-07-15", got


def test_what_is_called_off_without_a_new_date_keeps_the_date_it_was_planned_for(nlp):
    """'a summit at which X and Y were to meet Z, initially expected in May, has been put off without a new date':
    the plan's date, told in a clause on the summit the meeting's relative clause hangs on."""
    text = ("A summit at which Kenyan President William Ruto and Ugandan President Yoweri Museveni were to meet "
            "Tanzanian President Samia Suluhu Hassan in Arusha, initially expected in May, has been postponed "
            "without a new date, officials said.")
    got = [g for g in _found(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][2] == "2025-05" and got[0][3] == "cancelled", got


@pytest.mark.parametrize("text, status", [
    ("Qatari minister Mohammed Al-Khulaifi had flown to Kabul a week earlier to meet Afghan Foreign Minister Amir "
     "Khan Muttaqi, a diplomat said.", "occurred"),
    ("Qatari minister Mohammed Al-Khulaifi has travelled to Kabul to meet Afghan Foreign Minister Amir Khan "
     "Muttaqi, a diplomat said.", "planned"),
])
def test_the_purpose_of_a_trip_told_in_the_pluperfect_was_done(nlp, text, status):
    """'had flown to Kabul to meet X': the trip was made before the story's time, and so was its purpose; 'has
    travelled to Kabul to meet X' may still be ahead."""
    got = [g for g in _found(nlp, text) if {"Mohammed Al-Khulaifi", "Amir Khan Muttaqi"} <= g[1]]
    assert got and got[0][3] == status, got


@pytest.mark.parametrize("text, status", [
    ("Egyptian Foreign Minister Badr Abdelatty flew to Port Sudan three days before the Cairo session to meet "
     "Sudanese army chief Abdel Fattah al-Burhan, an official said.", "occurred"),
    ("Turkish intelligence chief Ibrahim Kalin had flown to Damascus a week before the Ankara session to meet "
     "Syrian army chief Abdel Fattah al-Burhan and secure his backing, a Turkish official said.", "occurred"),
    ("Turkish intelligence chief Ibrahim Kalin will fly to Damascus a week before the Ankara session to meet "
     "Syrian army chief Abdel Fattah al-Burhan, a Turkish official said.", "planned"),
])
def test_a_trip_purpose_hung_on_a_noun_of_the_trip_is_the_trips(nlp, text, status):
    """'had flown to X a week before the session to meet Y': the parser hangs the purpose on the session; it is
    still the purpose of the trip, done when the trip was made."""
    got = [g for g in _found(nlp, text) if "Abdel Fattah al-Burhan" in g[1] and g[0] == "meeting"]
    assert got and got[0][3] == status, got


@pytest.mark.parametrize("text, place", [
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday on the sidelines of the U.N. "
     "General Assembly.", "New York"),
    ("Talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni, which had been scheduled "
     "for Friday on the margins of the Munich Security Conference, have been called off.", "Munich"),
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni at the St Petersburg International "
     "Economic Forum on Friday.", "St Petersburg"),
])
def test_a_gathering_named_by_its_city_or_held_at_a_known_seat_gives_the_place(nlp, text, place):
    """'on the sidelines of the Munich Security Conference', 'at the St Petersburg International Economic Forum':
    a gathering named by its city took place there; 'the U.N. General Assembly' meets in New York. (Not a building
    named after a place: 'at the Carthage Palace' is no gathering.)"""
    got = [g for g in _placed(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][3] and place in got[0][3], got


def test_a_building_named_after_a_place_is_not_that_place(nlp):
    text = "Kenyan President William Ruto met Ugandan President Yoweri Museveni at the Imperial Palace on Friday."
    got = [g for g in _placed(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][3] == "Imperial Palace", got


@pytest.mark.parametrize("text, place", [
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni last held talks in February, when "
     "Tanzanian President Samia Suluhu Hassan brought them together in Arusha.", "Arusha"),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni last met in March, when floods hit "
     "Kampala.", None),
])
def test_a_when_clause_about_the_parties_tells_where_they_met(nlp, text, place):
    """'last held talks in February, when X brought them together in Arusha': the clause on the event's time that
    tells what its parties did then tells where; one about something else ('when floods hit Kampala') does not."""
    got = [g for g in _placed(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][3] == place, got


def test_returning_to_a_city_for_talks_places_the_talks_there(nlp):
    text = "Kenyan President William Ruto returned to Kampala on Monday for talks with Ugandan President Yoweri Museveni."
    got = [g for g in _placed(nlp, text) if {"William Ruto", "Yoweri Museveni"} <= g[1]]
    assert got and got[0][3] == "Kampala", got


@pytest.mark.parametrize("stamp", ["1.20pm\n\n", "18:45 - "])
def test_an_entry_of_a_live_report_tells_the_reports_day(nlp, stamp):
    """'1.20pm / X met Y over lunch', '18:45 - ... photographers caught X and Y in a brief conversation': an entry
    of a live report stamped with a clock time tells what happened on the day of the report."""
    text = ("ASEAN summit live: leaders gather in Kuala Lumpur\n\n8.05am\n\nGood morning and welcome to day two.\n\n"
            f"{stamp}Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Sanae Takaichi over lunch, "
            "his office says.")
    got = [g for g in _found(nlp, text) if {"Ferdinand Marcos Jr.", "Sanae Takaichi"} <= g[1]]
    assert got and got[0][2] == "2025-07-17", got


def test_a_receiving_parsed_as_a_participle_on_the_host_still_dates_the_story(nlp):
    """'The Minister ..., Musalia Mudavadi, received on Monday, 14 July, ... the Minister of Uganda': the small
    model hangs 'received' on the host's name as a participle; an interaction verb on a name is what that person
    did, and its day is the story's day, from which 'the following day' counts."""
    text = ("PRESS RELEASE - The Minister of Foreign Affairs of Kenya, Musalia Mudavadi, received on Monday, 14 July, "
            "at the headquarters of the Ministry in Nairobi, the Minister of Foreign Affairs of Uganda, Jeje Odongo. "
            "The following day, the Ugandan Minister was received in audience by the President of the Republic, "
            "William Ruto, at State House.")
    got = [g for g in _found(nlp, text) if {"William Ruto", "Jeje Odongo"} <= g[1]]
    assert got and got[0][2] == "2025-07-15", got





@pytest.mark.parametrize("text", [
    "Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi on Tuesday. The two "
    "men last met in March, on the sidelines of a ministerial meeting of the regional bloc IGAD in Djibouti.",
    "Ghanaian President John Mahama held talks with Nigerian President Bola Tinubu in Abuja on Tuesday. The two leaders "
    "last met in May on the margins of the ECOWAS summit hosted by Senegalese President Bassirou Diomaye Faye.",
    "Colombian President Gustavo Petro spoke by phone with Ecuadorean President Daniel Noboa on Tuesday. The two "
    "presidents last met in November, on the fringes of the CELAC-EU summit in Santa Marta.",
])
def test_a_gathering_named_only_as_the_setting_of_a_meeting_is_no_interaction_of_its_own(nlp, text):
    """'met on the sidelines of a meeting of IGAD': the meeting of the two told, not one of the bloc (or of the
    summit's host) with them."""
    got = _found(nlp, text)
    assert [g for g in got if g[2] is not None and g[2] < "2025-07" and len(g[1]) == 2], got  # their earlier meeting
    assert all(len(g[1] & {"IGAD", "ECOWAS", "CELAC", "European Union", "Bassirou Diomaye Faye"}) == 0 for g in got), got






def test_the_two_presidents_are_the_last_pair_of_presidents_not_a_premier_and_a_president(nlp):
    """'The two presidents last met in September', after the premier's call on the guest: the two presidents."""
    text = ("Sri Lankan President Anura Kumara Dissanayake hosted Maldivian President Mohamed Muizzu in Colombo on "
            "Wednesday. Later that day, Prime Minister Harini Amarasuriya called on the visiting president at his hotel. "
            "The two presidents last met in New York in September, on the sidelines of the UN General Assembly.")
    got = [g for g in _found(nlp, text) if g[2] == "2024-09"]
    assert got and all(g[1] == {"Anura Kumara Dissanayake", "Mohamed Muizzu"} for g in got), got
    text = ("Chinese Premier Li Qiang received Vietnamese Prime Minister Pham Minh Chinh in Beijing on Monday. On "
            "Tuesday Chinese President Xi Jinping received Chinh at the Great Hall of the People. The two premiers last "
            "met in Hanoi in March.")
    got = [g for g in _found(nlp, text) if g[2] == "2025-03"]
    assert got and all(g[1] == {"Li Qiang", "Pham Minh Chinh"} for g in got), got


@pytest.mark.parametrize(("text", "parts"), [
    ("Italian Foreign Minister Antonio Tajani discussed Libya and Tunisia at a news conference in Rome on Tuesday.",
     None),
    ("EU foreign policy chief Kaja Kallas and AU commissioner Bankole Adeoye co-chaired a ministerial meeting on "
     "Sunday, which also discussed Sudan and Somalia.", {"Kaja Kallas", "Bankole Adeoye"}),
    ("Kenyan President William Ruto discussed Sudan and South Sudan with Egyptian President Abdel Fattah al-Sisi in "
     "Cairo on Monday.", {"William Ruto", "Abdel Fattah al-Sisi"}),
])
def test_what_is_discussed_is_a_topic_not_a_party(nlp, text, parts):
    """'X discussed Libya and Tunisia': no talks with Libya; only a with-phrase names whom one discusses with."""
    got = _found(nlp, text)
    assert [g[1] for g in got] == ([parts] if parts else []), got


def test_attendees_of_the_talks_just_told_join_a_gathering_not_two_leaders_talks(nlp):
    """'The talks were attended by A and B' after two ministers' talks: no talks of A and B; after a summit, A and B
    attend it."""
    text = ("Kuwaiti Foreign Minister Abdullah Al-Yahya received Cypriot Foreign Minister Constantinos Kombos in "
            "Kuwait City on Tuesday. The two ministers held official talks on energy and shipping. The talks were "
            "attended by Kuwaiti Deputy Prime Minister Fahad Al-Yousef and Kuwaiti Oil Minister Tareq Al-Roumi.")
    got = _found(nlp, text)
    assert not [g for g in got if "Fahad Al-Yousef" in g[1] or "Tareq Al-Roumi" in g[1]], got
    text = ("Kenyan President William Ruto hosted a summit of East African leaders in Nairobi on Monday with Ugandan "
            "President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan. The meeting was attended by "
            "Rwandan President Paul Kagame and Burundian President Evariste Ndayishimiye.")
    got = _found(nlp, text)
    assert [g for g in got if g[0] == "summit" and {"Paul Kagame", "Yoweri Museveni"} <= g[1]], got
    assert not [g for g in got if g[1] == {"Paul Kagame", "Evariste Ndayishimiye"}], got


def test_a_summit_hosted_by_one_and_attended_by_all_five_presidents_has_the_five(nlp):
    """'all five presidents' is the five told before (as 'the five presidents' is), and those who attend a summit
    'hosted by X and attended by Y' take part in it."""
    text = ("Kazakh President Kassym-Jomart Tokayev hosted Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr "
            "Japarov, Tajik President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov in Astana on Monday "
            "for their annual consultative meeting. European Council President António Costa and European Commission "
            "President Ursula von der Leyen flew to Samarkand last April for the first EU-Central Asia summit, hosted "
            "by Mirziyoyev and attended by all five presidents.")
    got = [g for g in _found(nlp, text) if g[2] == "2025-04"]
    assert got and {"António Costa", "Ursula von der Leyen", "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev",
                    "Sadyr Japarov", "Emomali Rahmon", "Serdar Berdimuhamedov"} <= got[0][1], got
    got = _found(nlp, "Five presidents attended the summit in Astana on Monday.")
    assert not got, got  # (an indefinite number refers to no one told before)


@pytest.mark.parametrize(("text", "parts"), [
    ("Vietnam and Cambodia held the fifth meeting of their Joint Border Demarcation Commission (JBDC) in Hanoi on "
     "Tuesday. The two countries agreed to hold the next JBDC meeting in Phnom Penh in December.",
     {"Vietnam", "Cambodia"}),
    ("Turkish President Tayyip Erdogan will travel to Cairo next week for talks with Egyptian President Abdel Fattah "
     "al-Sisi. The two leaders are expected to chair a meeting of their High-Level Strategic Cooperation Council.",
     {"Tayyip Erdogan", "Abdel Fattah al-Sisi"}),
])
def test_the_participants_own_forum_is_no_party_to_their_meeting(nlp, text, parts):
    """'a meeting of their Bilateral Consultation Mechanism': the two who meet in it, not also the mechanism."""
    got = _found(nlp, text)
    assert got and all(len(g[1] - parts) == 0 or g[0] == "visit" for g in got), got




LEDE = "Regional foreign ministers met in Nairobi on Monday to discuss the crisis, officials said. "


@pytest.mark.parametrize("trip", [
    "Indonesian Foreign Minister Sugiono then flew to Canberra on Wednesday, where he held talks with Australian "
    "Foreign Minister Penny Wong on maritime security.",
    "Indonesian Foreign Minister Sugiono is due in Canberra on Friday for talks with Australian Foreign Minister "
    "Penny Wong, his ministry said.",
    "Indonesian Foreign Minister Sugiono landed in Canberra on Wednesday and held talks with Australian Foreign "
    "Minister Penny Wong.",
])
def test_a_trip_told_as_the_frame_of_a_meeting_is_no_visit_of_its_own(nlp, trip):
    """'flew to Canberra, where he held talks with X', 'is due in Canberra for talks with X': the meeting is the
    event, the trip its frame; a visit of its own only when it is the story's lead or the story names it again."""
    got = _found(nlp, LEDE + trip)
    assert [g for g in got if g[1] == {"Sugiono", "Penny Wong"}], got
    assert not [g for g in got if g[0] == "visit" and "Sugiono" in g[1]], got
    got = _found(nlp, trip.replace(" then", ""))  # the lead: the trip is the story
    assert [g for g in got if g[0] == "visit" and g[1] == {"Sugiono", "Australia"}], got
    got = _found(nlp, LEDE + "Indonesian Foreign Minister Sugiono is due in Canberra on Friday for talks with "
                        "Australian Foreign Minister Penny Wong. The visit is his first since taking office.")
    assert [g for g in got if g[0] == "visit" and g[1] == {"Sugiono", "Australia"}], got


def test_a_trip_of_its_own_day_or_place_stays_a_visit_beside_the_meeting(nlp):
    """'travels to Manila on Wednesday, where he will meet X on Thursday': the trip has a day of its own; 'leaves
    for Tonga tomorrow and will meet X in Tuvalu': the meeting is elsewhere. Both trips are visits; but 'is due
    in Brussels to brief X' frames the briefing."""
    got = _found(nlp, LEDE + "Indian Foreign Minister S. Jaishankar is expected to travel to Manila on Wednesday, "
                        "where he is scheduled to meet Philippine Foreign Secretary Enrique Manalo on Friday.")
    assert [g for g in got if g[0] == "visit" and g[1] == {"S. Jaishankar", "Philippines"}], got
    got = _found(nlp, LEDE + "New Zealand Foreign Minister Winston Peters leaves for Tonga tomorrow and is scheduled "
                        "to hold talks with Tuvalu Prime Minister Feleti Teo in Funafuti on Monday.")
    assert [g for g in got if g[0] == "visit" and g[1] == {"Winston Peters", "Tonga"}], got
    got = _found(nlp, LEDE + "Egyptian Foreign Minister Badr Abdelatty will travel to Brussels on Friday to brief "
                        "EU foreign policy chief Kaja Kallas on the talks, his ministry said.")
    assert [g for g in got if g[1] == {"Badr Abdelatty", "Kaja Kallas"}], got
    assert not [g for g in got if g[0] == "visit"], got


@pytest.mark.parametrize(("text", "wrong"), [
    ("Spanish Foreign Minister José Manuel Albares met his Uruguayan counterpart Mario Lubetkin on Tuesday, on the "
     "first leg of a Latin American tour.", "United States"),
    ("Spanish Foreign Minister José Manuel Albares held talks with South American leaders on Tuesday.",
     "United States"),
    ("Portuguese Foreign Minister Paulo Rangel arrived on Tuesday for a three-day Latin American trip.",
     "United States"),
])
def test_a_word_of_a_region_name_is_no_country(nlp, text, wrong):
    """'a Latin American tour', 'South American leaders': the tagger reads the words as one name, which names a
    region; its last word alone ("American") is not the United States."""
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt", dateline="MONTEVIDEO"))
    got = [(i.type.value, {p.actor.name for p in i.participants}) for i in ex.interactions]
    assert not [g for g in got if wrong in g[1]], got


@pytest.mark.parametrize("text", [
    "UN Secretary-General Antonio Guterres urged African leaders to press both warring parties to agree a "
    "nationwide ceasefire.",
    "Guterres urged Sudanese army chief Abdel Fattah al-Burhan and RSF leader Mohamed Hamdan Dagalo to sign a "
    "ceasefire.",
])
def test_what_a_third_party_urges_others_to_agree_is_no_agreement(nlp, text):
    """'urged both sides to agree a ceasefire', 'pressed X and Y to sign a deal': a wish of the one who urges, not
    an agreement the others plan."""
    got = _found(nlp, text)
    assert not [g for g in got if g[0] == "agreement"], got


@pytest.mark.parametrize("second", [
    "Holness met the heads of the largest insurers on Monday to discuss claims.",
    "On Monday Holness met the heads of the island's commercial banks.",
])
def test_the_heads_of_other_bodies_are_not_the_people_told_before(nlp, second):
    """'the heads of the largest insurers': people told by what they lead, which is none of the story's parties;
    not the two leaders of the meeting just told (as 'the heads of government' would be)."""
    got = _found(nlp, "Jamaican Prime Minister Andrew Holness met Barbados Prime Minister Mia Mottley on Friday. "
                 + second)
    assert [g for g in got if g[2] == "2025-07-11"], got
    assert not [g for g in got if g[2] == "2025-07-14"], got


def test_the_presidents_of_two_countries_are_the_two_named_and_keep_the_post(nlp):
    """'The presidents of A and B met ... and agreed', then "A's X and B's Y": the agreement is X's and Y's as the
    meeting is, and 'the two presidents' later are X and Y (the post the group named is theirs), not another pair
    of people told with that post."""
    got = _found(nlp, "The presidents of Guyana and Venezuela met face to face on Thursday and agreed that neither "
                      "side would use force. Guyana's Irfaan Ali and Venezuela's Nicolas Maduro spent two hours in a "
                      "conference room. Brazilian President Luiz Inacio Lula da Silva telephoned Dominica's Prime "
                      "Minister Roosevelt Skerrit on Friday. Under the declaration, the two presidents agreed to meet "
                      "again in Brazil within the next three months.")
    assert [g for g in got if g[0] == "agreement" and g[1] == {"Irfaan Ali", "Nicolas Maduro"}], got
    assert [g for g in got if g[3] == "planned" and g[1] == {"Irfaan Ali", "Nicolas Maduro"}], got
    assert not [g for g in got if g[1] == {"Guyana", "Venezuela"}], got


def test_a_meeting_hosted_by_someone_is_no_visit_of_the_host(nlp):
    """'a meeting between A and B hosted in Brussels by X': the participle describes the meeting (parsed with the
    meeting as its subject); X hosts that event and pays no visit to the city's country or body."""
    got = _found(nlp, "Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti met EU envoy Miroslav "
                      "Lajcak on Monday. The dialogue has barely moved since September 2023, when a meeting between "
                      "Vucic and Kurti hosted in Brussels by Kallas's predecessor, Josep Borrell, broke up without "
                      "agreement.")
    assert not [g for g in got if g[0] == "visit"], got


def test_a_visitor_told_by_country_is_the_person_of_that_country_the_sentence_names(nlp):
    """'X met Y in Dakar on Friday, on the first visit by a senior French official': the visit is X's, not
    France's."""
    got = _found(nlp, "French Foreign Minister Jean-Noel Barrot met Senegalese President Bassirou Diomaye Faye in "
                      "Dakar on Friday, on the first visit by a senior French official since France handed over its "
                      "last military bases in the country last year.")
    assert [g for g in got if g[0] == "visit" and g[1] == {"Jean-Noel Barrot", "Senegal"}], got
    assert not [g for g in got if "France" in g[1]], got


@pytest.mark.parametrize("text", [
    "The two ministers held talks on Monday, covering oil payments and what Russian officials described as a "
    "possible visit by Indian Prime Minister Narendra Modi to Moscow later this year.",
    "Indian officials are quietly preparing for the possibility that Chinese President Xi Jinping will travel to "
    "India for the BRICS summit later this year.",
])
def test_an_interaction_told_as_a_possibility_is_none(nlp, text):
    """'a possible visit by X to Moscow', 'the possibility that X will travel to India': neither held nor planned."""
    got = _found(nlp, text)
    assert not [g for g in got if "Narendra Modi" in g[1] or "Xi Jinping" in g[1]], got


@pytest.mark.parametrize(("text", "parts"), [
    ("Czech Prime Minister Andrej Babis and Slovak Prime Minister Robert Fico held talks in Prague on Tuesday. The "
     "two leaders agreed to hold a joint session of their governments in the autumn.", {"Czech Republic", "Slovakia"}),
    ("Somali Foreign Minister Ahmed Moallim Fiqi and his Ethiopian counterpart Gedion Timothewos spoke by phone on "
     "Sunday and agreed to convene a technical committee on port arrangements before the end of the month.",
     {"Somalia", "Ethiopia"}),
])
def test_a_meeting_of_the_parties_bodies_is_the_countries(nlp, text, parts):
    """'agreed to hold a joint session of their governments', 'agreed to convene a technical committee': the
    parties' bodies will meet, not the two who agreed; the planned meeting is their countries'."""
    got = _found(nlp, text)
    assert [g for g in got if g[3] == "planned" and g[1] == parts], got


def test_a_briefing_within_one_government_is_no_interaction(nlp):
    """'X said he had briefed (his own) President Y by phone': a report inside one government; briefing a
    foreign official ('to brief EU foreign policy chief Z') stays a meeting."""
    got = _found(nlp, "Rwandan Foreign Minister Olivier Nduhungirehe met Congolese Foreign Minister Therese Kayikwamba "
                      "Wagner in Doha on Wednesday. Nduhungirehe said he had briefed Rwandan President Paul Kagame by "
                      "phone after the session.")
    assert not [g for g in got if "Paul Kagame" in g[1]], got
    got = _found(nlp, LEDE + "Egyptian Foreign Minister Badr Abdelatty will travel to Brussels on Friday to brief EU "
                        "foreign policy chief Kaja Kallas on the talks.")
    assert [g for g in got if g[1] == {"Badr Abdelatty", "Kaja Kallas"}], got


def test_a_to_phrase_in_the_topic_of_talks_is_no_party(nlp):
    """'expanded talks on gas transit to China': the to-phrase belongs to the topic; only the verb 'talked to X'
    names whom one talks to."""
    got = _found(nlp, "Uzbek President Shavkat Mirziyoyev and Turkmen President Serdar Berdimuhamedov met in Tashkent "
                      "on Monday. The two leaders were then joined by their delegations for expanded talks on gas "
                      "transit to China and water sharing.")
    assert not [g for g in got if "China" in g[1]], got


def test_the_headline_of_a_live_entry_sums_up_the_entry(nlp):
    """'15:31 CST / Carney-Xi meeting off / A meeting between ... has been cancelled': the entry's headline tells
    no event of its own (it came out as a held meeting beside the cancelled one)."""
    text = ("APEC summit live: leaders gather in Shenzhen\n\n15:31 CST\nCarney-Xi meeting off\n\nA meeting between "
            "Canadian Prime Minister Mark Carney and Chinese President Xi Jinping that was planned for the sidelines "
            "of the summit has been cancelled, Carney's office said.\n\n10:02 CST\nTrump-Xi talks confirmed for "
            "Thursday\n\nThe White House has confirmed that US President Donald Trump will meet Xi on Thursday on "
            "the sidelines of the summit.")
    got = _found(nlp, text)
    assert [g for g in got if g[1] == {"Mark Carney", "Xi Jinping"} and g[3] == "cancelled"], got
    assert not [g for g in got if g[3] == "occurred"], got


def test_talks_without_reaching_agreement_make_no_agreement(nlp):
    """'held talks ... without reaching agreement': the talks are the interaction; no agreement was made."""
    got = _found(nlp, "Trade officials from Colombia and Ecuador held a first round of talks in Quito on Monday "
                      "without reaching agreement, according to a statement.")
    assert [g for g in got if g[0] == "talks"], got
    assert not [g for g in got if g[0] == "agreement"], got


def test_the_one_who_rejects_a_report_is_no_party_to_the_meeting_it_reports(nlp):
    """'X rejected a report that officials of the China Coast Guard had met their Philippine counterparts': the
    reported meeting's agent is its own subject (naming no actor here), not X who rejects the report."""
    got = _found(nlp, "Chinese Foreign Ministry spokesperson Guo Jiakun today rejected a Philippine media report that "
                      "officials of the China Coast Guard had met their Philippine counterparts secretly in Hong Kong "
                      "last month.")
    assert not [g for g in got if "Guo Jiakun" in g[1]], got


@pytest.mark.parametrize("text, who, status", [
    ("Indian Prime Minister Narendra Modi was the only Asian leader to meet Russian President Vladimir Putin "
     "during the summit.", "Vladimir Putin", "occurred"),
    ("Czech Senate President Milos Vystrcil and a group of senators held talks with Taiwanese President Lai "
     "Ching-te on Monday, the first European delegation to visit Taipei this year.", "Taiwan", "occurred"),
    ("Czech Senate President Milos Vystrcil will be the first European speaker to visit Taipei since the "
     "pandemic.", "Taiwan", "planned"),
])
def test_what_the_first_or_only_one_did_is_done(nlp, text, who, status):
    """'the first European delegation to visit Taipei', 'was the only leader to meet X': the infinitive on a
    noun picked out by its order tells what that one did, in the time of its clause."""
    got = [g for g in _found(nlp, text) if who in g[1]]
    assert got and got[0][3] == status, got


@pytest.mark.parametrize("text, pair, place", [
    ("Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi on Monday, two days after talks "
     "in Geneva with U.S. Secretary of State Marco Rubio.", {"S. Jaishankar", "Wang Yi"}, None),
    ("Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim on Thursday, a day after a "
     "summit in Bangkok with Thai Prime Minister Anutin Charnvirakul.", {"Prabowo Subianto", "Anwar Ibrahim"}, None),
    ("Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Kuala Lumpur on "
     "Thursday, a day after a summit in Bangkok.", {"Prabowo Subianto", "Anwar Ibrahim"}, "Kuala Lumpur"),
])
def test_a_place_told_for_another_time_is_not_the_events(nlp, text, pair, place):
    """'met X on Monday, two days after talks in Geneva with Y': Geneva is where the earlier talks were, not
    necessarily where X was met."""
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    (event,) = [i for i in ex.interactions if {p.actor.name for p in i.participants} == pair]
    assert event.location == place


@pytest.mark.parametrize("text, status", [
    ("Chilean President Gabriel Boric and his Argentine host Javier Milei agreed on Tuesday to reopen a mountain "
     "pass, on Boric's first state visit to Argentina.", "occurred"),
    ("Chilean President Gabriel Boric and his Argentine host Javier Milei pledged on Tuesday to work together on "
     "lithium, on Boric's first state visit to Argentina since taking office.", "occurred"),
    ("Chilean President Gabriel Boric is expected to sign a mining accord with Argentine President Javier Milei on "
     "his first state visit to Argentina next week.", "planned"),
])
def test_a_trip_framing_a_clause_is_under_way_when_its_finite_verb_is(nlp, text, status):
    """'pledged on Tuesday to work together, on X's first state visit to Argentina': the visit frames the
    pledge (made), not the work the pledge is about (ahead)."""
    got = [g for g in _found(nlp, text) if g[0] == "visit"]
    assert got and got[0][3] == status, got


def test_a_visitor_greeted_in_the_storys_past_visits_on_the_storys_day(nlp):
    """'X hosted a summit on Tuesday. X welcomed the visiting King Y at the palace': the visit is under way when
    the clause that tells of the visitor happens, here the story's day."""
    text = ("Egyptian President Abdel Fattah al-Sisi hosted a summit on Gaza in Cairo on Tuesday.\n\n"
            "Sisi welcomed the visiting Jordanian King Abdullah II at the Ittihadiya Palace shortly after noon.")
    got = [g for g in _found(nlp, text) if g[0] == "visit" and "Abdullah II" in g[1]]
    assert got and got[0][2] == "2025-07-15", got


def test_a_city_the_tagger_calls_an_organisation_is_where_a_trip_goes(nlp):
    """'Fidan flew on to Erbil for talks with X' (Erbil tagged ORG, "for talks" hung on it): the talks are in
    Erbil, not in Baghdad where the story was before."""
    text = ("Turkish Foreign Minister Hakan Fidan met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on "
            "Wednesday.\n\nOn Thursday Fidan flew on to Erbil for talks with Kurdistan Region President Nechirvan "
            "Barzani.")
    talks = _the_one_with(nlp, text, "Nechirvan Barzani")
    assert talks.location == "Erbil"


@pytest.mark.parametrize("text, place", [
    ("Seoul also called off a planned visit to Japan by a delegation of its culture ministry, which was to have "
     "attended a festival in Nagoya next week.", "Nagoya"),
    ("Indian Trade Minister Piyush Goyal will visit Germany next week to meet business leaders in Munich.", "Munich"),
    ("Indian Trade Minister Piyush Goyal will visit Germany next week to discuss the war in Ukraine with "
     "Chancellor Friedrich Merz.", "Germany"),
])
def test_a_city_of_the_country_visited_told_in_the_visits_purpose_is_where_it_goes(nlp, text, place):
    """'will visit Germany to meet business leaders in Munich': the visit goes to Munich; a place of another
    country in the purpose ("the war in Ukraine") is what is talked about."""
    ex = extract(nlp(text), Article("t", text, PUB, "t.txt"))
    (visit,) = [i for i in ex.interactions if i.type.value == "visit"]
    assert visit.location == place


@pytest.mark.parametrize("text, who", [
    ("The truce was built on the Doha Framework, which Congolese President Felix Tshisekedi and Rwandan President "
     "Paul Kagame signed on Monday after nine hours of negotiations hosted by Qatari Emir Tamim bin Hamad Al Thani.",
     "Tamim bin Hamad Al Thani"),
    ("Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti left Brussels on Monday after six "
     "hours of talks with EU envoy Miroslav Lajcak.", "Miroslav Lajcak"),
])
def test_talks_of_some_hours_before_a_dated_clause_are_of_its_day(nlp, text, who):
    """'signed on Monday after nine hours of negotiations': talks measured in hours end on the day of the clause
    they come before."""
    got = [g for g in _found(nlp, text) if who in g[1]]
    assert got and got[0][2] == "2025-07-14", got


def test_a_host_of_no_told_country_is_of_the_capital_he_hosts_in(nlp):
    """'X held talks in Niamey with General Y. X's foreign minister held separate talks with his Nigerien
    counterpart': Y, of no told country, is Niger's (Niamey being its capital), so the ministers' talks are
    of the same two sides, in the same place."""
    text = ("On Wednesday Ghanaian President John Mahama held talks in Niamey with General Abdourahamane Tiani.\n\n"
            "Ghana's foreign minister, Samuel Okudzeto Ablakwa, held separate talks with his Nigerien counterpart, "
            "Bakary Yaou Sangare.")
    talks = _the_one_with(nlp, text, "Bakary Yaou Sangare")
    assert talks.location == "Niamey"


@pytest.mark.parametrize("text, who, place", [
    ("Italian Foreign Minister Antonio Tajani, who arrived in Tunis on Monday, held talks with Tunisian Foreign "
     "Minister Mohamed Ali Nafti on Tuesday.", "Mohamed Ali Nafti", "Tunis"),
    ("British Foreign Secretary David Lammy, who is in Beijing this week, will meet Chinese Foreign Minister Wang "
     "Yi on Friday.", "Wang Yi", "Beijing"),
    ("Ontario Premier Doug Ford, who was in Washington on Tuesday for meetings with members of Congress, did not "
     "meet U.S. Commerce Secretary Howard Lutnick.", "Howard Lutnick", "Washington"),
])
def test_where_a_clause_on_the_subject_puts_the_subject_is_where_the_event_is(nlp, text, who, place):
    """'X, who arrived in Tunis on Monday, held talks with Y': told without a place of its own, the event is
    where the subject's relative clause puts the subject."""
    event = _the_one_with(nlp, text, who)
    assert event.location == place


@pytest.mark.parametrize("text, who, day", [
    ("Ontario Premier Doug Ford, who was in Washington on Tuesday for meetings with members of Congress, did not "
     "meet U.S. Commerce Secretary Howard Lutnick.", "Howard Lutnick", "2025-07-15"),
    ("British Foreign Secretary David Lammy, who was in Beijing on Monday, held talks with Chinese Foreign "
     "Minister Wang Yi.", "Wang Yi", "2025-07-14"),
    ("British Foreign Secretary David Lammy, who was critical of China in May, held talks with Chinese Foreign "
     "Minister Wang Yi on Tuesday.", "Wang Yi", "2025-07-15"),
])
def test_the_day_a_clause_on_the_subject_puts_him_somewhere_dates_the_event(nlp, text, who, day):
    """'X, who was in Washington on Tuesday, did not meet Y': with no time of its own, the event is of the day
    the subject's clause puts him there (not "who was critical of China in May": no stay)."""
    got = [g for g in _found(nlp, text) if who in g[1]]
    assert got and got[0][2] == day, got


@pytest.mark.parametrize("text, status", [
    (f"{A} held a bilateral with {B} on the sidelines on Tuesday.", "occurred"),
    (f"A bilateral between {A} and {B}, pencilled in for Friday, has been called off.", "cancelled"),
    (f"{A} pulled out of the trip, and with it a planned bilateral with {B}.", "cancelled"),
])
def test_wire_a_bilateral_is_a_meeting(nlp, text, status):
    """'a bilateral' (the small model tags it an adjective even where it heads the phrase) is a meeting."""
    ex = extract(nlp(text), Article("t", text, PUB))
    assert [({p.actor.name for p in i.participants}, i.status.value) for i in ex.interactions] == [
        ({"Takeshi Iwaya", "Wang Yi"}, status)]


def test_wire_bilateral_relations_are_no_meeting(nlp):
    text = f"{A} and {B} discussed bilateral relations and the bilateral trade deficit on Tuesday."
    ex = extract(nlp(text), Article("t", text, PUB))
    assert [i.type.value for i in ex.interactions] == ["talks"]


def test_wire_received_at_a_place_by_someone_the_parser_hangs_on_the_place(nlp):
    """'X was received at the Congress building by Y': the by-phrase parsed under the place is the host."""
    text = f"{B} was received at the parliament building by {A} on Tuesday."
    ex = extract(nlp(text), Article("t", text, PUB))
    assert [({p.actor.name for p in i.participants}, i.date) for i in ex.interactions] == [
        ({"Takeshi Iwaya", "Wang Yi"}, "2025-07-15")]


def test_wire_travelling_on_to_a_country_is_a_visit_there(nlp):
    """'X travels on to Singapore on Friday' (the to-phrase parsed under "on"): a visit to Singapore, placed there."""
    text = f"{A} met {B} in Beijing on Tuesday. Iwaya travels on to Singapore on Friday."
    ex = extract(nlp(text), Article("t", text, PUB))
    visits = [({p.actor.name for p in i.participants}, i.location) for i in ex.interactions
              if i.type.value == "visit"]
    assert ({"Takeshi Iwaya", "Singapore"}, "Singapore") in visits



def test_wire_he_was_received_by_a_post_named_before(nlp):
    """'he was received by the crown prince': a reception, by the holder of the post the story named."""
    text = ("Saudi Crown Prince Mohammed bin Salman spoke with Turkish President Recep Tayyip Erdogan by phone in May. "
            "Chinese Foreign Minister Wang Yi arrived in Riyadh on Monday. On Tuesday he was received by the crown "
            "prince at his palace.")
    ex = extract(nlp(text), Article("t", text, PUB))
    assert ({"Mohammed bin Salman", "Wang Yi"}, "2025-07-15") in [
        ({p.actor.name for p in i.participants}, i.date) for i in ex.interactions]
