"""Kinds of misreading (and of missed reading) found on worlds lorecheck had never seen, in all three formats.

fixtures/misreadings/<kind>/good holds paraphrases of the clean text (no finding); <kind>/bad the
same shape with a real contradiction, which must still be found, at its line.
"""
from __future__ import annotations

import json

import pytest

from conftest import REPO

MISREADINGS = REPO / "fixtures" / "misreadings"

# (file, line, rule) the bad twin of each kind must report
EXPECTED_BAD = {
    # a length told after both ends of the span it measures, summed up by a clause or an apposition ("opened on D and
    # ended ... on D'; in all it lasted N days", "drifted from D until she was freed on D', after N days"), or between
    # them ("begun on D, lasted N months; she recommissioned on D'", "quit the field on D and, after a retreat of N
    # days, entered X on D'"); a rounded length or another span's length in the same sentence stays silent
    "length-after-both-ends": {("siege_of_harrowgate.txt", 11, "duration"), ("gullwing.md", 11, "duration"),
                               ("tamber.wiki", 6, "duration"), ("queen_ysolde.txt", 7, "duration")},
    # a length restated after the one day a state lasted "until" ("She lay fast there until D', a wintering of N
    # days", "The garrison held the citadel until D', a defence of N days"): counted from the sentence right before's
    # day, or from the day a sentence "began the blockade" when the length's sentence opens on that noun
    "length-until-end-restated": {("venture.txt", 7, "duration"), ("blockade_of_tarnwick.md", 12, "duration"),
                                  ("harl_garrison.wiki", 4, "duration")},
    # "The blockade, which lasted N days" / "The siege lasted N weeks" right after a sentence that ends on a "from D to
    # D'" range ("and from D to D' no ship reached the quays", "was besieged from D to D'"): that range, even when the
    # sentence names the stretch by its verb or not at all; a length whose own sentence dates its end stays apart
    "length-of-span-told-before": {("port_of_essel.txt", 7, "duration"), ("castle_dunnock.wiki", 4, "duration")},
    # "N days after signature", "N days after signing", "N days after the hearings had opened": counted from the day the
    # page gives the page subject's signing (a field or prose) or the section's sentence opening on the event noun
    "offset-after-event-noun": {("treaty_of_mell.wiki", 10, "relative-date"), ("accord_of_tesk.txt", 7, "relative-date"),
                                ("inquiry_of_salt_row.md", 12, "relative-date")},
    # "lasted N days from the expiry of the compact to the signing of the convention": each end an event noun "of" a
    # thing the page dates elsewhere by that event's verb ("When the Compact expired on D", "The convention was signed
    # at X on D'", prose.yaml event_noun_verbs)
    "length-framed-by-events": {("net_dispute.txt", 9, "duration"), ("siege_of_orm.wiki", 6, "duration")},
    # "**Name** (Y1 – Y2) led the company for N years": the bracket is the holder's term or life, and either must hold
    # the length (a longer life holding it stays silent)
    "bracket-holds-length": {("dyers_company.txt", 7, "duration"), ("abbey_of_keld.md", 8, "duration")},
    # front matter "start:" and "end:" (or start_date/end_date) as two point fields are one span that an inline
    # "Duration:: N months, N weeks" measures
    # "X (D1 – D2) was Princess of Dorst from 1640 until her death" then "after a reign of N years": a style of a realm
    # held from a date to the holder's death starts the reign the length counts (to the death)
    "reign-until-death": {("ameline_of_dorst.wiki", 9, "duration"), ("osric_of_tell.txt", 5, "duration"),
                          ("maud_of_senn.md", 12, "duration")},
    "front-matter-span-duration": {("winter_march.md", 12, "duration"), ("long_strike.md", 10, "duration")},
    # stages of one thing's life given by its fields out of their chain's order (fields.yaml stage_chains): a ship's
    # "Ship launched" before its "Ship laid down" ({{Infobox ship}}'s prefixed keys), a fate ("Wrecked on the bar,
    # D") before its commissioning, a commission's final report before its first sitting, a building completed
    # before its groundbreaking; equal dates, a coarse date overlapping a day, stages of one group (established
    # after a first sitting) and a sinking before the striking are in order
    "stage-chain-fields": {("hms_vantreel.wiki", 7, "ordering"), ("fen_commission.md", 6, "ordering"),
                           ("grey_heron.txt", 9, "ordering"), ("ostmark_exchange.txt", 5, "ordering")},
    # a marriage dated after the death of the spouse it names ("spouse = Elsa Quint (m. 1728; died 1725)", "In 1733
    # he married Mirel Hatch" beside "Mirel Hatch died in 1731", "spouse = Sabine Lusk (m. 1731)" beside her page's
    # "She died in 1729 of a fever" (a year read before "of a fever"), "married Anne Pruett (d. 1725) in 1728" (the
    # bracket's date is her death's, not the wedding's), "widowed in 1629 when her husband Harl Vey drowned"
    # then "wed Harl Vey in 1631"); a second marriage after the first spouse's death, a marriage said to be
    # posthumous and a namesake ("the younger") are not
    "married-after-spouse-death": {("tobin_marrow.wiki", 6, "after-end-of-entity"),
                                   ("corwen_dask.txt", 6, "after-end-of-entity"),
                                   ("ulla_brenn.md", 12, "after-end-of-entity"),
                                   ("kell_orrin.wiki", 5, "after-end-of-entity"),
                                   ("hobb_tarrant.txt", 6, "after-end-of-entity")},
    # one couple's marriage dated differently on each partner's page ("He married Berta Holm in 1211" and her "In
    # 1209 she married Aldo Wraye"): a marriage is the couple's, one wedding told from each side; a betrothal
    # before the wedding, a season of the same year, and a couple who married twice (one field lists both) are not
    "marriage-told-from-each-side": {("berta_holm.md", 12, "conflicting-date"), ("piers_galt.txt", 6, "conflicting-date")},
    # a motion put to a meeting ("Hale himself moved the vote of thanks", "moved a motion in the town council") is an
    # act of the mover; "moved" alone stays a removal ("his portrait was moved to the library")
    "motion-moved": {("varn_society.md", 12, "after-end-of-entity"), ("tessel_council.wiki", 9, "after-end-of-entity")},
    # a passive's doer named after an office word ("introduced in 1924 by former president Tarrant", "drafted by
    # governor Tesk") acts; "by the former Tarrant Party" names no office, "the late governor" no act
    "titled-agent": {("orsk_constitution.wiki", 6, "after-end-of-entity"), ("harbour_act.txt", 5, "after-end-of-entity")},
    # a body ended as the object of a verb of ending whatever did it ("The new charter abolished the Wireless
    # Standards Council with effect from D", "A statute dissolved the Kessel Pilotage Board on D", "The county
    # reform of 1888 abolished the Trust with effect from D": the verb's own date, not the subject noun's) bounds
    # its later acts; the tribunal, the county council or the liquidators acting for it, or "the former X", do not
    "ended-as-object": {("wireless_council.wiki", 6, "after-end-of-entity"), ("pilotage_board.txt", 7, "after-end-of-entity"),
                        ("ferry_trust.md", 7, "after-end-of-entity")},
    # "X's merger into Y in D", "the X's absorption into Y on D": X ends (Y goes on, and may act; "merger with"
    # ends neither)
    "merger-into": {("harrow_lines.txt", 5, "after-end-of-entity"), ("brindle_bank.wiki", 6, "after-end-of-entity")},
    # "The Brotherhood of X kept the road open ..., until it was dissolved by decree of Y in D": a later clause's
    # "it" in a sentence the body opens, no one else's words there, is the body's end; its heirs or liquidators
    # acting later are not the body
    "until-it-dissolved": {("salt_road.md", 3, "after-end-of-entity"), ("tallow_exchange.txt", 3, "after-end-of-entity"),
                           ("lamp_wardens.wiki", 4, "after-end-of-entity")},
    # a body told by its kind noun ("the consortium was formally dissolved", "the guild asked", "the syndicate
    # wrote"): the page's or the paragraph's body of that kind, its end and its acts; its shareholders, masters or
    # heirs acting are not the body
    "kind-noun-subject": {("tessaly_consortium.txt", 9, "after-end-of-entity"), ("weavers.md", 9, "after-end-of-entity"),
                          ("harl_syndicate.wiki", 6, "after-end-of-entity")},
    # "The Council of the League of X met for the last time in D", "the Diet of the Compact of Y sat": an organ
    # named "<organ> of <body>" ends with the body (another body's council, or a meeting before the end, does not)
    "organ-of-body": {("amber_ports.md", 11, "after-end-of-entity"), ("vessel_compact.wiki", 11, "after-end-of-entity"),
                      ("orm_league.txt", 10, "after-end-of-entity")},
    # a death counted on from the date told before it in its sentence ("handed over command in 1971 and died in an
    # accident the following year", "died of a fever two months later", "died at Orle a year later"): the year or
    # month it lands in, as precise as its anchor (no longer undated or the anchor's own date)
    "death-counted-on": {("cutter_wren.txt", 7, "after-end-of-entity"), ("ambrose_kell.md", 7, "after-end-of-entity"),
                         ("otto_brask.wiki", 6, "after-end-of-entity")},
    # a second death with its verb left out ("Olaf Brenn died of it on D, and Piet Harl a month later", "and his
    # assistant Tam Rooke two weeks later", "and the gunner Mats Orre the following month"), counted on from the
    # first; "fell ill a month later" is no death, "Mats Orre the younger" another man
    "gapped-death": {("gannet_voyage.md", 5, "after-end-of-entity"), ("fever_camp.txt", 5, "after-end-of-entity"),
                     ("winter_siege.wiki", 6, "after-end-of-entity")},
    # "After his death of the plague in D" / "from a fall in D" when no subject is the "he" but the sentence before
    # names one man in full as an object ("pay her cousin Berthold of Marrin a pension", "leased the mill to Anton
    # Verrick"): his death; two such men name no one, and a namesake son or heirs acting later stay silent
    "object-owner-death": {("treaty_of_osk.wiki", 6, "after-end-of-entity"), ("kessel_mill.md", 5, "after-end-of-entity")},
    # a battle death with no date of its own ("was killed on his quarterdeck in the melee that followed", "was slain
    # in the second assault") two sentences after the paragraph's date, the sentence between undated: that day
    "narrative-death-paragraph-date": {("second_tessan_war.txt", 5, "after-end-of-entity"),
                                       ("ford_of_ulm.md", 5, "after-end-of-entity")},
    # acts of handling a ship or a party ("took her into the Holm roads", "took them through the channel") and of
    # taking something done ("took soundings"), also with a coordinated subject ("Ruan Osk and the ship's carpenter
    # took"): acts, though nothing was captured
    "steered-acts": {("brig_tamsin.wiki", 9, "after-end-of-entity"), ("ice_survey.md", 10, "after-end-of-entity"),
                     ("orla_venn.txt", 10, "after-end-of-entity")},
    # a side's leader told holding or bringing the side's men with what the men were ("had 1,950 men to hold the
    # keep, most of them crossbowmen", "brought 9,400 men to the river: ..., and some 2,000 hill-spearmen"): the
    # whole told again; a detachment sent, the men of another year and those lost "of them" are silent
    "leader-men-described": {("siege_of_quarrel_keep.wiki", 16, "conflicting-value"), ("siege_of_quarrel_keep.wiki", 18, "conflicting-value"),
                             ("battle_of_hollin_ford.md", 18, "conflicting-value")},
    # a key's last word is its value's unit ("mole_length_m: 480" against "Mole length:: 460 m", "turnout_pct: 64.37"
    # and "turnout (pct)" against "61.4 per cent" or "53.6%"); other shares in the sentence and a change are silent
    # (a unit only a key gives, "beam_m: 24", leaves the page's one written length its own: "The 221-metre hull")
    "unit-in-key": {("harbour_of_tessil.md", 9, "conflicting-value"), ("vote_on_the_salt_tax.md", 11, "conflicting-value"),
                    ("vote_on_the_grain_duty.wiki", 9, "conflicting-value"), ("ore_carrier_sallow.md", 12, "conflicting-value")},
    # a key that names its unit and no word the prose repeats ("route_km: 214", "length_km = 86") against a figure
    # in that unit made whole by the word before it ("the company opened 112 km of line", "cut 64 km of canal"), in a
    # sentence of two years and an act: the page's only measure in that unit, as when "km" was read as the key's noun
    "unit-key-whole-figure": {("tessock_railway.md", 11, "conflicting-value"), ("carrow_canal.wiki", 9, "conflicting-value")},
    # a key of a thing and its unit ("line_length_km: 112", "canal_length_km = 86") against the thing measured by an
    # adjective in that unit, abbreviated or spelled out ("acquiring the 120-kilometre line", "the 64-kilometre canal
    # was finished"), though the sentence told of the thing before in another clause ("The line never paid a
    # dividend, and ..."); another thing ("A 12-kilometre spur", "The 5-km branch") and a stretch counted off from
    # an end ("The first 40 km ran along the river") stay silent
    "unit-key-own-noun": {("tarn_valley_railway.md", 11, "conflicting-value"), ("harl_canal.wiki", 9, "conflicting-value")},
    # a population labelled by its source ("Population / • Census<TAB>27,300", "population_census: 3140") and the
    # population table's one row that names that source ("1580 | 25,100 | hearth census"): the row's year's value; a
    # label no one row names, and another place's inhabitants in the prose, are silent
    "census-row-label": {("free_city_of_ambrel.txt", 12, "conflicting-value"), ("tarrow_parish.md", 14, "conflicting-value")},
    # a year's pension told twice to one person, each time as new ("compensated her cousin Aubric with ... an annual
    # pension of 1,800 marks" and "Aubric kept Fenn ... and received a pension of 1,600 marks a year"); another
    # person's pension ("Aubric's mother Hedda was granted a pension of 300 marks a year") is silent
    "yearly-pension-twice": {("award_of_kessary.wiki", 5, "conflicting-value"), ("orla_venn.md", 13, "conflicting-value")},
    # a person's own guard told twice with its strength ("ruled through a personal guard of 900 picked lancers" and
    # "with her guard, 1,100 strong", "her 320-strong guard"); a guard enlarged, another man's guard ("his own guard
    # of 2,000 riders") and a part of it ("Of her guard, 300 riders") are silent
    "personal-guard-strength": {("sabra_of_the_oru.md", 13, "conflicting-value"), ("maren_hollis.wiki", 6, "conflicting-value")},
    # a measure the prose gives by its verb or another noun of it ("fleet_1682: 118" and "By 1682 the company owned
    # 131 ships"; "Production 82 million tonnes of iron ore (1968)" and "in 1968 it shipped 86 million tonnes";
    # "Workforce 17,420 (1968)" and "employed 17,240 people"): another year's count and a rounded one are silent
    "measure-by-its-verb": {("brenn_spice_company.md", 11, "conflicting-value"),
                            ("callow_ridge_mining_consortium.txt", 11, "conflicting-value"),
                            ("callow_ridge_mining_consortium.txt", 13, "conflicting-value")},
    # one party's dead in a key that names the party ("insurgent_dead: 2150" against "Insurgent dead:: 2,510"); each
    # party's own key is its own count, and a part of them in the prose is silent
    "party-dead-key": {("ashfall_rising.md", 9, "conflicting-value"), ("siege_of_harl_mill.md", 14, "conflicting-value")},
    # a table row's size in a unit told as the row's adjective ("| ''Harrier'' || 64 || 1,240 tons" and "The
    # 1,420-ton ''Harrier''"); another ship's size ("a 90-ton prize", "the 300-ton fireship ''Kestrel''") is silent
    "row-size-adjective": {("battle_of_skerry_bank.wiki", 13, "conflicting-value"),
                           ("second_tarn_squadron.md", 10, "conflicting-value")},
    # two fractions written to the same place that differ in it ("{{convert|62.5|m|...}}" and "The 62.8-metre
    # hull"; "height_m: 41.2" and "41.7 m high") are two values, though within half a per cent; a finer figure
    # that rounds to the coarser ("41.25" and "41.2") and a hedged one ("some 63 metres") are the same
    "tenths-differ": {("skarn.wiki", 10, "conflicting-value"), ("lantern_of_orrin.md", 9, "conflicting-value")},
    # one signing told of the agreement and of a party that signed it ("the Treaty of X was signed on D", "signed:
    # D" against "H put its name to the Brannock Accords on D2", "the envoy of the Free City signed the Tamsin
    # Convention on D2"), however the agreement's name is built: one day, unless the text staggers the signatures
    # ("signed first, on D; the last signature was set on D2", "the first of the five towns to do so") or a party
    # ratifies it later
    # ("Asker signed the treaty on D" after the Treaty of Ostrel is named; "the Dunmore Peace" for the Peace of Dunmore)
    "party-signing-day": {("hessary_union.txt", 7, "conflicting-date"), ("free_city_of_ambe.md", 7, "conflicting-date"),
                          ("corvin_asker.md", 12, "conflicting-date"), ("keswick_clan.txt", 7, "conflicting-date"),
                          ("marden.txt", 7, "conflicting-date")},
    # on an agreement's own page a party's signing names no object ("Corse signed on D", "Tessaly's envoy signed it on
    # D", "Vossland's delegate, Anselm Ried, signed it on D"): it signed the page's agreement, held to that party's
    # own day in the signatories field (dated lines, front matter list) or to the agreement's signing day
    "treaty-page-signer": {("treaty_of_lenmark.wiki", 9, "conflicting-date"), ("treaty_of_hollin.md", 11, "conflicting-date"),
                           ("sorrel_agreement.txt", 10, "conflicting-date")},
    # an agreement page's own date field ("| date = D", front matter "date:", pasted "Date<TAB>D") is its signing,
    # which another page tells ("the Treaty of X was signed on D2"); a field of several days (a conference) is not
    "agreement-own-date": {("kingdom_of_bellune.txt", 7, "conflicting-date"), ("lachen.md", 7, "conflicting-date"),
                           ("margraviate_of_elst.wiki", 4, "conflicting-date")},
    # a party's second signing day against the agreement's ("the Kingdom of Ostmark put its name to the treaty on D2",
    # "the Order of the Vane put its name to it on D2"); not an act told in a sentence of ratification or after the
    # signing ("X ratified it eighteen days after the signing, on D, and King Y put his seal to it on D2"), nor a
    # state's or ruler's seal ("put its seal to"), which is set on its ratification
    "ratifying-seal": {("treaty_of_harrowmere.wiki", 9, "conflicting-date"), ("concordat_of_tessen.md", 9, "conflicting-date"),
                       ("treaty_of_lenmark.txt", 7, "conflicting-date")},
    # a journey's start told again by a field of another name ("start" beside "departed", "dates" beside "sailed" or
    # "Set out", "returned" for the end), unless the prose tells the two days apart ("assembled on D, the day from
    # which the expedition is reckoned, and put to sea on D2")
    "journey-start-fields": {("karsk_expedition.wiki", 5, "conflicting-date"), ("voyage_of_the_heron.md", 4, "conflicting-date"),
                             ("voyage_of_the_heron.md", 5, "conflicting-date"), ("tarran_campaign.txt", 4, "conflicting-date")},
    # a court's sentence told twice by its length ("sentenced him in absentia to twenty-five years' imprisonment" and
    # "His twenty-year sentence", "Tollen was sentenced to seven years' transportation" and "her nine-year sentence",
    # "sentenced Harl to four years in prison" and "Harl's five-year sentence"): one holder, one length; a changed
    # ("reduced to", "extended to"), another person's, a term served, or a second trial's sentence is not the same
    "prison-sentence-length": {("oskar_venn.wiki", 13, "conflicting-value"), ("mara_tollen.md", 16, "conflicting-value"),
                               ("edric_harl.txt", 12, "conflicting-value"),
                               ("tobias_marles.txt", 12, "conflicting-value")},
    # one kind of loss of two parties told in one sentence ("the League lost 12,460 men dead, while the Bishopric
    # 9,780 dead", "had 4,315 soldiers killed and the garrison of Cordavel 2,910", "lost 1,350 killed in action,
    # whereas the Cantons lost 2,460 killed"): the figure equal to one side's dead field binds the other to the
    # other side's, digits transposed even in a number ending in 0; another kind, another year or a part is not
    "two-parties-one-loss": {("war_of_the_salt_marches.txt", 17, "conflicting-value"),
                             ("siege_of_cordavel.wiki", 13, "conflicting-value"),
                             ("battle_of_merrow_heath.md", 16, "conflicting-value")},
    # a unit's loss fields (front matter, infobox, pasted infobox) told again in a two-column table of two kinds of
    # loss or more ("| Killed | 680 |", "| Wounded || 565", "Dead<TAB>2,705"); a part's table (a muster's, far
    # smaller) or a table by year is not the unit's
    "losses-table-restated": {("orrin_free_company.md", 18, "conflicting-value"),
                              ("tarrow_dragoons.wiki", 16, "conflicting-value"),
                              ("kessel_marine_levy.txt", 13, "conflicting-value")},
    # a workforce field ("Number of employees 1,260 (1904)") told as the payroll in the prose ("had swelled the
    # payroll to 1,620 by 1904", "the mills' payroll numbered 1,240"); the payroll's sum of money ("came to 4,100
    # crowns") or another year's payroll is not the headcount
    "payroll-headcount": {("harrow_ropeworks.txt", 13, "conflicting-value"), ("selby_mills.md", 11, "conflicting-value"),
                          ("carrow_gasworks.wiki", 9, "conflicting-value")},
    # an order-of-battle table whose side column names a side by a short form of the side list's name ("Synod" for
    # "Synod of the Lowland Churches", "Crown" for the side listing the "Crown of Vantry"), its units numbered
    # ("9th Hill Pikes") and dated by a years column: that side, so a unit later said to go over to or join the
    # other side within its years is found, and a party in both lists is no party on two sides
    "short-side-name": {("harrow_schism.md", 23, "side-conflict"), ("vantry_revolt.wiki", 20, "side-conflict")},
    # a party that "throws in its lot with" / "casts its lot with" / "makes common cause with" the other side, however
    # the sentence gets there ("voted in March to throw in its lot with", "resolved to cast their lot with"), its
    # subject the owner of its council ("the Union's executive"), an aside between commas denying nothing
    "cast-lot-with": {("ostry_lockout.wiki", 10, "side-conflict"), ("pellam_succession.md", 13, "side-conflict")},
    # an allegiance field giving two parties, with years that overlap by more than a switch year, that a conflict's
    # side lists set against each other within those years (infobox <br> items, front matter list, inline fields)
    # a party that "turned against" / "turned on" a party of its own side at a date inside a dated listing on that side
    # that runs on past it ("Fought alongside:: [[X]] (1611–1616)", "combatant1 = X (1488–1490)"), told after an
    # opening word ("When the X turned on"); a listing that ends with the turn, or turning on the other side, is not
    "turned-on-own-side": {("vessel_guild.md", 16, "side-conflict"), ("siege_of_morrow_keep.wiki", 9, "side-conflict")},
    "allegiance-overlap": {("aubrey_venn.wiki", 5, "side-conflict"), ("celine_marrow.md", 7, "side-conflict"),
                           ("dorin_salk.md", 4, "side-conflict")},
    # a list whose lines open with their figure ("2,210 killed in action" ... "8,480 killed in total"; "- twelve guild
    # consuls;" under "The forty seats were shared out as follows:") is a total and its parts; an estimated total
    # ("about 1,100 men in all:") gets the estimate's slack and a timeline's years ("* 1651 surveyors sent") are no parts
    "figure-first-lists": {("siege_of_corrow.txt", 9, "arithmetic"), ("council_of_ardwell.md", 11, "arithmetic"),
                           ("harbour_works.wiki", 8, "arithmetic")},
    # a birth written as a name's qualifier ("X's eldest son, Berold Tarm (born 662), is called Berold the Younger")
    # after that name's recorded death is a younger namesake's, not the dead man born late; a plain "Berold Tarm was
    # born in 662" after his death in 631 is still the ordering slip
    "late-namesake-birth": {("house_of_tarm.txt", 9, "ordering"), ("marr_lightkeepers.md", 7, "ordering")},
    # a world dated in years below 1000 ("born: 512", "| founded = {{start date|404}}", "Date<TAB>433 – 435", "died at
    # Tellic in 577", "the spring of 550"): its bare three-digit years in year positions are dates, so a death before
    # an act, a second founding year and a wrong duration are found; counts ("431 spearmen", "46 ships", "page 318")
    # stay counts, and a four-digit page's three-digit numbers ("in 300 cases", "Highway 401") are never years
    "low-year-worlds": {("oressa_vaun.md", 25, "after-end-of-entity"), ("ardent_compact.wiki", 12, "conflicting-date"),
                        ("siege_of_corra.txt", 18, "after-end-of-entity"), ("siege_of_corra.txt", 20, "duration")},
    # a siege's end told by its relief army's arrival ("a relief army raised by the guilds reached X on D", "Ferrow's
    # relief force, raised among ..., reached X on D", "the relieving column entered the town on D") after X was
    # said to be besieged, or on the siege's own page: dated before the siege began, or against its end elsewhere
    "relief-arrival-ends-siege": {("chronicle_of_the_fen_march.txt", 5, "ordering"),
                                  ("tomas_ferrow.wiki", 12, "ordering")},
    # a loss field labelled by a phrase of three words or more ("5 galleys sunk or burned", "11 boats burned or
    # scuttled", front matter "12 guns spiked or taken") told again word for word after another figure, in digits
    # or words ("had lost six galleys sunk or burned"); a bounded or partial telling ("over", "on the first day") is not
    "loss-label-retold": {("battle_of_skerry_sound.wiki", 13, "conflicting-value"),
                          ("raid_on_tallow_quay.txt", 15, "conflicting-value"), ("siege_of_harl.md", 12, "conflicting-value")},
    # a table row's figure told again in the prose a digit astray ("At Corran the sextons entered 3,184 burials"
    # against the row "Corran | 3,814" under "Burials", "The Selloway yard launched 4,510 tons" under "Tons
    # launched"): the sentence names one row's label and puts a precise figure before the column's plural noun;
    # only a near miss (as many digits, within a tenth or the same digits reordered) is read, a bound is not
    "row-figure-retold": {("vell_plague.txt", 7, "conflicting-value"), ("orrin_harvest.md", 15, "conflicting-value"),
                          ("dunmere_yards.wiki", 12, "conflicting-value")},
    # a whole split by whoever tells it ("Of the 412 graves, the sexton put 208 to the fever, 131 to ...", "Of its
    # 9,640 crowns, the treasurers allotted 5,100 to the fleet, ...", "Of the 1,830 prisoners, Lord Ebbe sent 920 to
    # ..."): a teller and a verb of allotting before the first figure, three parts or more near the whole, summed
    "teller-partition": {("harrow_fever.txt", 4, "arithmetic"), ("kessel_treasury.md", 11, "arithmetic"),
                         ("siege_of_dornwick.wiki", 4, "arithmetic")},
    # "came to him in 1726. The following spring, in 1724, ...", "begun in 1811. The following winter, in 1809": a
    # season after its anchor told with a year alone must fall in a year that season may (the anchor's or the next,
    # a winter's early months the one after); a month was checked before, a bare year never contradicted
    "next-season-year": {("hal_brenner.wiki", 9, "relative-date"), ("marrow_lock.md", 7, "relative-date"),
                         ("orla_tesk.txt", 6, "relative-date")},
    # a party listed on both sides for periods written at different precisions that meet in the unit of the switch
    # ("(1531–1534)" and "(from May 1534)", "(until March 1713)" and "(from 1713)", in pasted text, infobox and
    # front matter) switched within that year or month; periods overlapping beyond it are still a side conflict
    "switch-mixed-precision": {("war_of_the_ferry_tolls.txt", 12, "side-conflict"),
                               ("siege_of_quell.wiki", 5, "side-conflict"),
                               ("revolt_of_the_weavers.md", 10, "side-conflict")},
    # a month named by where it lies from the story's last date ("In March 1749 ... had drowned the previous June",
    # "In February 1812 ... who had died the preceding November", "in February 1689 ... had died the previous
    # September") is the nearest such month before (or, "the following", after) that date, and dates its clause
    # ("died the preceding November" is no participle clause after a death); a death told so in another year than
    # the page's own is still found
    "month-before-after": {("orla_venn.txt", 9, "conflicting-date"), ("brannock_yard.md", 13, "conflicting-date"),
                           ("essa_doran.wiki", 9, "conflicting-date")},
    # a front-matter mapping of counts ("casualties: {north: {killed: 1388, total: 2123}}", "losses: garrison: killed:
    # 1204") gives numbers, no dates of a killing or a total; a dated field beside it is still restated and checked
    "front-matter-count-maps": {("siege_of_kell_tower.md", 17, "conflicting-date"),
                                ("battle_of_orrin_ford.md", 15, "conflicting-date")},
    # a list of dates under one key ("charters: [1512, 1533, 1554]", a block list of "general_chapters", "| charters =
    # 1702<br>1723<br>1744") tells as many occasions, no one event dated several ways; a single dated field
    # contradicted by the prose is still found
    "field-date-lists": {("salt_guild.md", 9, "conflicting-date"), ("order_of_the_lamp.md", 15, "conflicting-date"),
                         ("lantern_company.wiki", 6, "conflicting-date")},
    # "was born in Dunmere, the son of a cooper, and went to sea in 1724", "born at Osk Mill and was apprenticed ... in
    # 1701", "died at her shop and was buried ... on D": the date after "and <past verb>" is the later verb's, not the
    # birth's or the death's ("died and was buried in May 1650", nothing between, still dates both); a date of the
    # birth's or the death's own clause is still checked
    "later-conjunct-date": {("tam_orlo.txt", 6, "conflicting-date"), ("edda_holm.wiki", 9, "conflicting-date"),
                            ("wenna_sallis.md", 11, "conflicting-date")},
    # "Marsk, whose father had led the squadron until his death in 1680": after "whose <kin noun>" a "his"/"her" may
    # be the kin's, so it names no one for certain (no death of Marsk); after "whose flagship" it is still the
    # person's own, and an act after that death is still found
    "whose-kin-pronoun": {("battle_of_the_shoals.wiki", 9, "after-end-of-entity"),
                          ("ilse_marrow.md", 10, "after-end-of-entity"), ("tolland_weir.txt", 6, "after-end-of-entity")},
    # a relative clause before the main clause's verb ("The galleys X laid down were launched in D", "the dock that X
    # had begun was opened", "the treaty X negotiated was ratified", "the timber which had been bought by X was sold")
    # tells an earlier act, which the main clause's date does not date; only a date of its own inside the relative
    # clause ("the galleys X laid down in D were launched", "the tower which X signed off on D") dates X's act
    "relative-clause-acts": {("orvel_dask.txt", 11, "after-end-of-entity"),
                             ("merrow_lighthouse.md", 14, "after-end-of-entity"),
                             ("treaty_of_sallow.wiki", 11, "after-end-of-entity")},
    # two coordinated subjects, the second named after an owner and kin noun ("X and his daughter Y attended the
    # opening on D", "On D, X and his son Y fought", "X and his nephew Y were present at") both act; a firm named
    # for a person ("X and Sons", "X & Y"), "the widow of X and his son", "a portrait of X and his son" are not X
    "coordinated-kin-subjects": {("harl_exchange.md", 16, "after-end-of-entity"),
                                 ("siege_of_dunmere.wiki", 12, "after-end-of-entity"),
                                 ("treaty_of_osk.txt", 11, "after-end-of-entity")},
    # a place reopened ("reopened on D", "was reopened in D", "and reopened in D") comes after the closing of the same
    # thing told before it in its section ("On D the seminary was closed", "closed its doors on D", "were shut in D");
    # a closing for a stretch ("closed from D to D'"), a later closing told first and another thing's are not paired
    "reopened-before-closed": {("orlen_seminary.txt", 11, "ordering"), ("pellam_playhouse.md", 13, "ordering"),
                               ("marrow_baths.wiki", 8, "ordering")},
    # a couple's betrothal ("The betrothal had been announced on D", "Their engagement was announced in D", "X was betrothed
    # to Y on D and married her on D2") comes before the wedding told in its own or the next sentence; a daughter's
    # betrothal, one broken off, a betrothal after a widowhood are other matches
    "betrothal-after-wedding": {("house_of_orm.md", 10, "ordering"), ("hal_orm.txt", 8, "ordering"),
                                ("ida_varn.wiki", 7, "ordering")},
    # "<thing>, held after the defeat of the attack of D1, on D2", "ordered before the fire of D1, on D2": a connective
    # set off by commas between a thing and its date orders them; "the attack of 11 July" after "on 11 July 1443"
    # restates that day, and takes its year (not one a later date of the sentence lends)
    "inner-sequel": {("order_of_the_bridge.md", 8, "ordering"), ("carrow_mill.txt", 7, "ordering"),
                     ("tarrow_bridge.wiki", 7, "ordering")},
    # "Following the battle, the brigade was withdrawn ..., arriving there on D2", "After the siege, ... on D2": what a
    # sentence opened by "after the <event>" tells comes after that event's last dated mention in its section ("killed
    # on D, on the second day of the battle"); "before the battle, on D", a memorial to the battle, a pluperfect aside
    # date nothing, and a new section tells another story
    "after-the-event": {("carrow_rifles.md", 12, "ordering"), ("siege_of_pellam.txt", 9, "ordering"),
                        ("dunholt_strike.wiki", 9, "ordering")},
    # "the spring offensive, launched on D to retake the railhead, had collapsed by D2", "launched on D and had broken
    # down by D2": an offensive or a strike launched, then ended (collapsed, petered out); a purpose between the two
    # verbs keeps one subject, and "by D2" bounds a last stage from above (never a first one: "begun by D")
    "collapsed-by": {("fen_war.wiki", 8, "ordering"), ("dockers_strike.txt", 8, "ordering"),
                     ("river_campaign.md", 7, "ordering")},
    # a signatories field ("signatories = Duke [[A]] (for [[B]])<br />[[C]] and [[D]]", "signatories: [A, B]") names
    # people who signed on the instrument's date_signed: one dead by then cannot have; the party signed for is not one
    "dead-signatory": {("peace_of_orlen.wiki", 4, "after-end-of-entity"), ("treaty_of_vell.md", 4, "after-end-of-entity")},
    # in pasted text a short line then a short sentence with its own finite verb before any comma ("Siege of the keep" /
    # "From 3 May the keep was invested by some 900 rebels.") is a heading and its first paragraph, which dates what
    # the next one counts from ("held out for ten days, until ... on 20 May"); a line with a day's date above a
    # sentence ("Rebels at the water gate, 3 May 1604") is still an image's name and caption
    # (a section's opening "she" on a person's page, in the first paragraph under a heading that names no one, is that
    # person unless the text called them "he": "CHILDHOOD" / "She was born on D" stays read as it was as a caption)
    "short-first-paragraph": {("carrow_rising.txt", 8, "duration"), ("tarrow_strike.md", 11, "duration")},
    # a length told after both of its ends ("X, which began on D, when ..., and ended on D', lasted N days", "began on D
    # and was called off on D', and lasted N") is measured between them
    "ends-before-lasted": {("siege_of_carrow.txt", 8, "duration"), ("tanners_strike.md", 7, "duration"),
                           ("pellam_lockout.wiki", 5, "duration")},
    # "was killed leading the first wave", "drowned carrying supplies": a death, then what the dead man was doing;
    # the participle is its own clause, and the death keeps the sentence's date (a fronted one too)
    "killed-while-doing": {("tarrow_fusiliers.wiki", 11, "after-end-of-entity"),
                           ("sister_ines.txt", 9, "after-end-of-entity")},
    # witnessing an event or looking on is done by the living ("X witnessed the exchange of ratifications on D", "X and Y
    # looked on as the first train crossed"); being named, portrayed watching, honoured is not ("watched" is not read:
    # an unseen world's consistent text said it of someone no longer alive)
    "dead-onlooker": {("mayor_hollin.md", 13, "after-end-of-entity"), ("treaty_of_ebbel.wiki", 10, "after-end-of-entity")},
    # a named person looking on at a dated occasion ("X and Y watched the raising of the flag on D", "X viewed the launch",
    # "X was present at the opening of the mole on D", "X and Y were present at") acts; a portrait or statue that
    # "watched over" it, "his widow watched", "he watched", "was remembered at", "was honoured at" are no one's act
    "onlooker-at-occasion": {("pact_of_sarn.wiki", 10, "after-end-of-entity"),
                             ("harbour_of_quell.txt", 5, "after-end-of-entity"),
                             ("lys_regatta.md", 11, "after-end-of-entity")},
    # "X fell at <Place> on D" (apposed too: "Its colonel, X, fell at [[Kell Bridge]]"): the name after "fell at" is
    # where X died, never one who died, so a town of a person-like name ("Ebb Carrow") acts later without having "died"
    "fell-at-place": {("vell_foot.md", 11, "after-end-of-entity"), ("siege_of_tarn.txt", 5, "after-end-of-entity"),
                      ("ulm_rising.wiki", 5, "after-end-of-entity")},
    # a lone surname's death ("Dorrit died at Harl on D", "Greave was killed in the last assault") is the death of the
    # one person the page names in full with that surname only in a field (signatories, engineer) or in a sentence
    # after it; two people of the surname (brothers, a son "the younger", a nephew) leave it unresolved
    # a name apposed to its office noun as the subject of a passive or a death in a clause opened by "where" or "when"
    # ("where the volunteer commander [[X]] was killed on D, his forces were driven back", "when the harbour master
    # X was drowned on D, the pier was lost") is who died, not the subject of a reduced relative ("the garrison X left")
    "apposed-name-passive-death": {("teodor_vassmark.wiki", 6, "after-end-of-entity"),
                                   ("ebb_carrow.txt", 5, "after-end-of-entity"),
                                   ("port_sallow.md", 9, "after-end-of-entity")},
    # a lone surname on a page that never names the person in full ("Prime Minister Reinvald opened the bridge on D",
    # "In 1810 Brisk rebuilt the mill race") is the one person the world names in full with that surname and tells
    # born or dead on another page; two of that surname (a mother and her son), a family's name, "X the younger" or
    # "X II" leave it unresolved
    "surname-across-pages": {("sella_bridge.txt", 4, "after-end-of-entity"), ("korran_mill.md", 9, "after-end-of-entity")},
    "surname-named-in-full-elsewhere": {("treaty_of_harl.wiki", 10, "after-end-of-entity"),
                                        ("mere_canal.md", 13, "after-end-of-entity"),
                                        ("siege_of_tarn.txt", 5, "after-end-of-entity")},
    # an act in a clause about the place that opens the sentence ("The hall where X addressed the dockers was pulled
    # down in 1960", "From where X sent his letters, a post office was opened in 1708") is not dated by the place's
    # own verb after it; a date inside the clause still dates the act
    "place-clause-act": {("ansel_hollin.txt", 8, "after-end-of-entity"), ("keep_of_orrin.wiki", 13, "after-end-of-entity")},
    # the members of the page's body told by its own noun ("the knights of the Order, in their white surcoats,
    # carried the coffin", "the members of the Guild elected a warden") act as the body; "the former brethren", another
    # body's members ("the members of the Council") do not
    "members-as-body": {("brethren_of_the_ford.md", 11, "after-end-of-entity"),
                        ("guild_of_saltmen.txt", 8, "after-end-of-entity")},
    # a plain-text paste giving both sides' lists as one run of lines is split where the lead says the second side
    # begins ("fought between A and B", "an uprising against B", a party listed "(until D)" and "(from D)", a
    # "Y's party" head) and its leaders where the text ties the first to that side ("of <its place>", "B, ... led by
    # X"); then a listed party or leader told acting for the other side with no switch ("held for the Assembly by
    # Captain X", "X, Isolde's senior cavalry officer throughout the war", "sided with the rebels until the end of
    # the rising") is a side conflict; one listed until its switch, or listed on the side it acts for, is not
    "pasted-side-runs": {("war_of_the_tolling_bells.txt", 25, "side-conflict"), ("war_of_the_salt_crown.txt", 22, "side-conflict"),
                         ("weir_street_rising.txt", 21, "side-conflict"), ("siege_of_corran.wiki", 11, "side-conflict"),
                         ("banner_war.md", 17, "side-conflict")},
    # a party listed on one side of a siege whose men join the other side's force ("an army ..., including 500 men
    # sent by Pell, which had changed sides in April", "which had gone over to the Kingdom in February") had changed
    # sides before the siege began: its listing is stale; a change told within the siege's own dates may come
    # before the act, and stays silent
    "switch-before-event": {("siege_of_velt.wiki", 12, "side-conflict"), ("relief_of_dunholt.md", 17, "side-conflict"),
                            ("siege_of_brask.txt", 20, "side-conflict")},
    # a force stationed in another party's formation ("the Brotherhood's banner stood on Ilse's left wing", "its
    # lances were posted in Ilse's van"), the party written by its name's head word on its own page ("the
    # Brotherhood" of the "Brotherhood of Saint Avel"), acts for that party while listed on the other side then
    "own-name-stations": {("brotherhood_of_saint_avel.md", 15, "side-conflict"), ("siege_of_meer.wiki", 10, "side-conflict")},
    # a field naming who ratified the page's instrument, each with its day ("ratifiers = [[Council]] (20 May 1801)",
    # "ratified_by: [Council (2 May 1688)]") and the prose's "the Council ratified the pact on D" are that party's one
    # ratification: two days disagree (another party's ratification, or the signing, is another act)
    "ratifier-field": {("pact_of_sorrel.wiki", 9, "conflicting-date"), ("convention_of_lusk.md", 14, "conflicting-date"),
                       ("accord_of_brenn.txt", 11, "conflicting-date")},
    # "the outbreak on D" (or "the outbreak of the rising in D") on the page of a rising, a strike, a mutiny, a war
    # is the page's own start, whoever the clause is about; "the outbreak of war", an offset "after the outbreak
    # on D" (D may be the later act's) name another moment
    "outbreak-noun": {("tanners_strike.txt", 11, "conflicting-date"), ("fen_rising.md", 14, "conflicting-date"),
                      ("galley_mutiny.wiki", 9, "conflicting-date")},
    # a relative date counted back from the story's time ("had begun five weeks earlier, on D", "had resigned ten
    # days before, on D", "had left the day before, D") lands the offset before the date told just before it;
    # "earlier than planned" (a comparison, no flashback) and a date of the paragraph before count nothing
    "counted-back": {("quarry_of_ebbel.txt", 11, "relative-date"), ("rell_canal.md", 15, "relative-date"),
                     ("siege_of_harrow_keep.wiki", 9, "relative-date")},
    # an instrument's entering into force told in prose ("entered into force on D", "came into force", "took
    # effect") restates its effective-date field; "the treaty entered into force" on another instrument's page and
    # a later lease's taking effect are other instruments' days
    "effective-restated": {("compact_of_wendle.wiki", 13, "conflicting-date"), ("truce_of_orlow.md", 12, "conflicting-date"),
                           ("salt_charter.txt", 15, "conflicting-date")},
    # "In the aftermath of the 1788 lockout", "in the wake of the 1851 flood": a connective that puts its clause after
    # the event a year names, opening or closing the sentence, like "after"/"following"
    "aftermath-sequel": {("dockers_guild.txt", 11, "ordering"), ("tolmen_mill.md", 13, "ordering"),
                         ("osk_ferry.wiki", 8, "ordering")},
    # a pronoun goes to a person of its own gender as the text tells it: "the wife of X" makes X no "she" (the kin
    # word is the other side's), "X (1510 – 1571) was duchess of ..." tells X's own, and a one-word "Berold" under a
    # later heading is the "he" the lead's "[[Berold of Tasse|Berold]] ... after his death" was; so the regent's
    # "she" after her husband's death is hers, and a dead woman's own "she" acting later is still found
    "kin-of-other-gender": {("wenna_halloran.md", 14, "after-end-of-entity"),
                            ("odile_fennick.wiki", 11, "after-end-of-entity"),
                            ("sabine_of_mure.txt", 8, "after-end-of-entity"),
                            ("corrant_regency.txt", 7, "after-end-of-entity")},
    # a transitive "began/started" with an object ("X began it in 1447", "started them in 1519", "began the
    # register") starts the thing begun, never the subject's own active years; "X began as a copyist in 1425"
    # (no object) still starts them and conflicts with years_active
    "begun-object": {("odo_marr.wiki", 11, "conflicting-date"), ("hanne_brisk.md", 13, "conflicting-date"),
                     ("piet_osk.txt", 11, "conflicting-date")},
    # a clause with no date of its own ("... until the spring of 1442; after the diet he went over to X", "rode
    # with the guard until the autumn of 1446") does not take a year from the sentence before when its own
    # sentence dated what came before it or bounds it by "until": undated, never an act after a later death; the
    # same act told with its own date after the death is still found
    "nearer-date-before-clause": {("berthold_vane.wiki", 12, "after-end-of-entity"),
                                  ("marit_olsk.md", 14, "after-end-of-entity"),
                                  ("hollin_ferry.txt", 10, "after-end-of-entity")},
    # a gift's count told as the giving ("he left his library of 2,150 volumes", "she gave her collection of 318
    # drawings") and again by the gift's name ("The Venn bequest of 2,510 volumes was catalogued in 1774"): a later
    # act on the gift does not change what was given
    "gift-count-told-again": {("aldo_venn.wiki", 12, "conflicting-value"), ("mara_tollen.txt", 10, "conflicting-value")},
    # a numbered provision's count ("Article 3 provided for the exchange of ... some 1,460 men") told again by a
    # sentence that points back to it ("the 1,640 prisoners covered by Article 3", "the fourteen villages ceded under
    # Clause 7"); a limit ("no more than 6,000 men") is no count of the provision's
    "provision-count-told-again": {("convention_of_sark.txt", 12, "conflicting-value"),
                                   ("peace_of_orrin.md", 19, "conflicting-value")},
    # the losses fields' last figure told as the dead "in all" ("54 townsfolk killed; 451 dead in all",
    # "38 dead altogether") is the total of every side's killed before it; the wounded and captured are no part of it
    "dead-in-all-total": {("siege_of_kell.wiki", 12, "arithmetic"), ("tarrow_riots.txt", 15, "arithmetic")},
    # a second count joined by "and" ("had 3,120 students and 214 teaching staff") is a count, not a year the
    # sentence names: the sentence stays of its own year and restates the field of that year
    "second-count-no-year": {("college_of_tarrow.txt", 11, "conflicting-value"),
                             ("osk_dye_works.md", 12, "conflicting-value")},
    # a field that names a thing and its size ("Products: Harl Canal (42.6 km)") is told again by the thing's kind
    # ("The finished canal is 46.2 km long"); another of its kind far from the size ("the old branch canal") is not it
    "named-measure-by-kind": {("harl_canal_company.txt", 10, "conflicting-value"),
                              ("vell_bridge_trust.wiki", 11, "conflicting-value")},
    # two whole numbers written to the unit, neither rounded nor hedged ("12,486" and "12,468"), are two values however
    # close; "about 4,000" still rounds
    "transposed-digits": {("marrow_park.md", 12, "conflicting-value"), ("sennet_mill_company.txt", 10, "conflicting-value")},
    # a unit's size field ("size = Three battalions; 3,100 all ranks (1914)") is its strength, told again as "mustered
    # 3,600 all ranks"; "a strength of eight companies" and "the 1,950 men who served there" count other things
    "unit-size-field": {("tarn_fusiliers.wiki", 15, "conflicting-value"), ("orm_light_horse.md", 13, "conflicting-value")},
    # a pasted table of two columns ("Cause<TAB>Deaths" ... "Total<TAB>52") is a table whose total row sums its rows
    "two-column-table-total": {("gell_harbour_works.txt", 21, "arithmetic"), ("tollan_reservoir.md", 16, "arithmetic")},
    # one event's count of its dead in a field ("Killed:: 23" under the wreck's heading, "Deaths<TAB>31") told again
    # in prose ("The twenty-six people killed"); a part of the dead ("Four of the dead were crew") is not the toll
    "event-toll-field": {("orm_ferry_company.md", 22, "conflicting-value"), ("marn_mill_fire.txt", 13, "conflicting-value")},
    # a front-matter field told again in the body, as an inline field ("Founded:: 14 May 1788") or a bold label
    # ("**Charter:** 21 July 1412"), is a second telling of that date, not a later phase of one field: two days
    # disagree; the same day, or a month that holds it, agrees
    "field-told-inline": {("tarrow_canal_board.md", 10, "conflicting-date"), ("guild_of_osk.md", 8, "conflicting-date")},
    # an instrument's entering into force ("the charter took effect, as its last article required, on D", "entered
    # into force on D", "became effective") is an event of its own, never the day it was granted or signed; the
    # signing told on another page against the charter's own still conflicts
    "in-force-day": {("orsk_league.wiki", 8, "conflicting-date"), ("port_of_tallow.txt", 9, "conflicting-date")},
    # a definite body whose head noun is not the page subject's kind ("the Company", "the League" on a council's,
    # a guild's, an order's page) is another body named on the page, and "it" after it ("... the Company held the
    # passes. It was disbanded in 1669") is that body: no dissolution of the page subject; the subject's own is.
    # Only a kind of body is another doer: after "the Crown", "the Assembly", "the Constitution" "it" is the page's
    "other-body": {("harrowmere_council.wiki", 13, "conflicting-date"), ("saltery_guild.md", 13, "conflicting-date"),
                   ("order_of_kessel.txt", 11, "conflicting-date"), ("vintners_hall.txt", 10, "conflicting-date"),
                   ("ferrymens_union.md", 10, "conflicting-date")},
    # an event's days told under a heading that names it ("The Raid on Orrin Quay" over "The boats went in between 4
    # and 6 May 1712", "== Siege of Tollbridge ==" over "starved out from 2 to 19 March 1650") against a table row
    # of the same page that dates it by a range of days ("14–16 May 1712 | Raid on Orrin Quay"); "between 4 and 6
    # May" is a range, not its last day; a phase within the row's days, or another row's event, is no disagreement
    "section-event-table-dates": {("war_of_the_salt_roads.txt", 6, "conflicting-date"),
                                  ("tollbridge_rising.wiki", 4, "conflicting-date"),
                                  ("harrow_expedition.md", 10, "conflicting-date")},
    # a name goes on through an elided particle ("Gaspard d'Avrenne", "Mathis d'Aubreval", "Corentin l'Hermoyer"), so
    # the name written once with a letter slipped in its surname ("d'Avranne", "d'Aubrevel", "l'Hermoyez") is read and
    # found beside the field's and the prose's spelling; a kinsman written in full with the other spelling ("his
    # cousin Lucien d'Avranne") shares no companion word with the name (the particle is none) and is no slip
    "elided-particle-names": {("battle_of_the_capes.txt", 11, "name-drift"), ("siege_of_quillon.md", 15, "name-drift"),
                              ("corentin_lhermoyer.wiki", 11, "name-drift")},
    # a seat held on a body for dated years ("sat on the Kessby harbour board from 1701 to 1709", "From 1820 to 1826
    # she served on the river commission", "was a member of the city council from 1790 to 1797") bounds the acts told
    # "as a member of" that body ("As a member of the board she voted in 1712", "Dolan, as a member of the commission,
    # signed", "In his capacity as a member of the council"); a former member, the body acting, or a seat held again
    # bounds nothing
    "seat-member-acts": {("ilse_marrow.wiki", 11, "out-of-range"), ("mira_dolan.txt", 5, "out-of-range"),
                         ("osk_venner.md", 14, "out-of-range")},
    # a members table ("Member | Joined | Left", under "Charter and members") gives each member's membership, not a
    # term of office of a holder titled after the member ("Duke Anselm of Orvell" is no "Duchy of Orvell", and
    # drawing a pension until death is no act of an office); a true table of holders still bounds its holders'
    # acts, and the body still acts after its dissolution
    "member-terms": {("tessel_compact.md", 34, "after-end-of-entity"), ("tessel_compact.md", 34, "out-of-range"),
                     ("orsa_union.wiki", 21, "after-end-of-entity")},
    # a namesake told by its link or its words ("[[X (born 1920)|X]]", "[[X (engineer)|X]]", "his grandson and
    # namesake, X,", "a nephew of the same name, X,") is another person than the page's X: its acts are not the
    # page person's after death; the person's own act after death is still found
    "named-namesake": {("corvin_dell.wiki", 18, "after-end-of-entity"), ("ysolt_marr.md", 14, "after-end-of-entity"),
                       ("bertil_hask.txt", 10, "after-end-of-entity")},
    # a weekday on a day whose year was inferred ("On 14 March 1921 ... The dockers, long embittered over the
    # closures of 1919, struck on Monday 21 March") is wrong only when it fits no year the paragraph wrote up to it,
    # and a bare year in a participle aside does not lend its year to the partial date after it
    "weekday-context-year": {("pellow_dock_strike.md", 10, "weekday"), ("orsk_tanners.wiki", 5, "weekday")},
    # "leaving the crown to his seven-year-old son, Tomas" is Tomas's age on the sentence's date (another's
    # death that day), never his lifespan; a wrong age at that date is still found
    "age-adjective-at-date": {("kings_of_varn.txt", 6, "duration"), ("ostrava_dynasty.md", 9, "duration")},
    # "within a decade: A married in 1755 and B in 1756" bounds from above the time from an earlier point, not
    # the length between the sentence's own dates; own dates further apart than the bound still contradict it
    "within-bound": {("peace_of_holm.txt", 6, "duration"), ("senn_canal.wiki", 5, "duration")},
    # a body's first meeting comes before its final report ("first met on D and delivered its final report on
    # D2", "held its first meeting ... and submitted its final report"): a report dated before the meeting
    "first-meeting-final-report": {("boundary_commission.wiki", 5, "ordering"), ("harbour_inquiry.md", 7, "ordering")},
    # a unit's strength written as its adjective on another page ("the 1,090-strong [[Orm Legion]]") above the
    # greatest strength its own page gives ("strength_peak: 900"); a smaller one (another moment) or another
    # unit's is silent
    "above-peak-strength": {("battle_of_kell.wiki", 9, "conflicting-value"), ("siege_of_tarn.txt", 8, "conflicting-value")},
    # a side's strength given in parts named by a bracket after each figure ("2,600 (garrison)<br />9,000 (relief
    # army)") and the prose's "the garrison of 2,900 men": that part's figure told again; a count of another
    # year, of a later moment ("By the end of the siege the garrison of 1,900 men"), a loss or a rounding is not
    "bracketed-strength-parts": {("siege_of_varrow.wiki", 14, "conflicting-value"),
                                 ("relief_of_dunmere.txt", 24, "conflicting-value")},
    # a side's losses in fields (front matter, infobox lines, a plain-text casualty list) told again in one sentence
    # that gives two kinds of loss, one equal to its field ("lost 184 killed and 390 wounded" under killed 148,
    # wounded 390): the other figure restates its field too; a day's or a unit's losses (neither equal), another
    # year's, a bound, "a further 400 wounded" or a rounding restate nothing
    "told-losses": {("grey_lancers.md", 17, "conflicting-value"), ("battle_of_orm_heath.wiki", 14, "conflicting-value"),
                    ("raid_on_fenwick.txt", 20, "conflicting-value")},
    # a table column of the dead or wounded under the page's one field of that count breaks the field down: a
    # nested front-matter key names it by its last part ("casualties: {killed: 11}"), and a notes cell that
    # mentions a day ("barricade cleared in May") leaves the rows parts; rows named by dates are a series
    "nested-field-columns": {("tanners_strike.md", 6, "arithmetic"), ("carrow_pit_disaster.wiki", 5, "arithmetic")},
    # a plain-text infobox pasted with a space for its tab ("Employees 11,400 (1910)", "Fellows 38 (1700)") gives a
    # field of its label and figure, compared with the prose of that year; a label written capitalised inside the
    # page's sentences is a name continuing the field above ("Tessick 140" under Members), and a sentence of
    # another year ("The next register, of 1742, counted 29") or a rounding restates no dated field
    "spaced-infobox-figures": {("quellmoor_canal.txt", 16, "conflicting-value"),
                               ("saint_orrin_college.txt", 14, "conflicting-value"),
                               ("harnwick_mines.md", 9, "conflicting-value")},
    # a pasted table's row whose last cells are empty loses their tabs ("Total<TAB>393" under three columns, a
    # notes cell left blank): it is still a row of the table, so its total is checked against the rows above
    "short-total-rows": {("brennock_tramways.txt", 15, "arithmetic"), ("oslin_harvest.txt", 13, "arithmetic"),
                         ("brennock_lines.md", 12, "arithmetic")},
    # a casualty line named a total by its first word ("Total dead: 855", "Total losses: 3,700") closing the
    # field's figures is their total, as "Total: 855" is; one that opens them heads other sources' figures
    "named-total-lines": {("weir_rising.txt", 17, "arithmetic"), ("siege_of_harl.wiki", 8, "arithmetic")},
    # an office fronted before its holder ("As Warden-General, Penn opened", "in June 1935, as director-general, Lork
    # signed", "As Lord Mayor she opened", "as Chancellor of Merrin, Varrant sealed") is the office the act is in,
    # checked against the holder's one term; a date after the term's end or before its start is out of range
    "fronted-office": {("arlo_penn.wiki", 11, "out-of-range"), ("kelmora_directors.md", 14, "out-of-range"),
                       ("mayor_quill.txt", 11, "out-of-range"), ("prior_odo.wiki", 10, "out-of-range")},
    # an act dated by an earlier sentence of its paragraph ("The fire broke out on 12 April 1889 ... Aldo Fenn,
    # hearing the bell, ran to the sluice") is reported at the act's own line, the carried date a note
    "carried-date-act": {("mill_fire.md", 6, "after-end-of-entity"), ("quarry_fall.md", 6, "after-end-of-entity"),
                         ("harbour_strike.md", 7, "after-end-of-entity"), ("ferry_mutiny.md", 9, "after-end-of-entity")},
    # a date in an aside relative clause dates that clause alone: "The Varn War, which broke out on D, was ended by
    # an armistice" gives no end on D (a duration then measured 0 days); the aside's own start still meets the field
    "relative-aside-date": {("varn_war.txt", 8, "conflicting-date"), ("osk_rising.md", 8, "conflicting-date"),
                            ("carth_blockade.wiki", 5, "conflicting-date")},
    # a page about a short event (a fire, a flood, a riot) names it by its head and a date: "since the riot of 1792"
    # on its page, a timeline row "1 February 1702 — the lower quay is flooded", "the [[Dalby Riot]] of August 1821"
    # on another page, each against the page's own date field (a plain-text "Title:" header with labels of its
    # own, "Date of riot: ..."); "three weeks after the flood", "the second fire of 1531" date no such event
    "event-page-dates": {("tansy_riot.txt", 14, "conflicting-date"), ("orme_flood.md", 11, "conflicting-date"),
                         ("carrow_guild.wiki", 4, "conflicting-date"), ("fenny_fire.wiki", 8, "conflicting-date")},
    # a burial told by its verb ("was buried on D", "and was buried at X on D", after an aside) dated before the
    # same person's death (prose or field); a relative's burial ("his father had been buried"), a thing buried
    # ("the old bell was buried"), a day whose year a later clause lends, a reburial are no burial of the subject
    # a connective that puts a clause after another dated event of its sentence ("After graduating in 1891 he was
    # commissioned in 1889", "Having stayed until the report of D, X resigned on D2", "posted in 1889, after passing
    # out in 1891", a list item, "Decree No. 2 followed on D" after the one date its sentence gave before; "Before
    # sailing in 1850 she married in 1852", "resigned on 30 June, before the report of 2 June"): the
    # clause dated before it; a later date, two dates before "followed", a season that may agree, a date in a
    # subordinate or pluperfect clause ("how in 1894 she had"), an apposition ("his son, born in 1889"), a year
    # naming a thing ("the 1849 figures") are no such clause
    "sequel-order": {("tomas_brek.md", 3, "ordering"), ("director_notes.md", 5, "ordering"),
                     ("ada_ferr.txt", 3, "ordering"), ("orrin_vell.wiki", 3, "ordering"),
                     ("coup_decrees.txt", 3, "ordering"), ("wenna_lisk.md", 3, "ordering"),
                     ("harbour_board.txt", 3, "ordering")},
    # an age told beside its date is the age of the clause's subject: a pronoun resolved to the page's person (a
    # plain-text title with the person's years after the name), the section's person in a list item opening with
    # its verb, the subject right after an opening participle ("Chosen warden on D, at the age of 42, she was"),
    # never a place or owner after a preposition ("died at Lunmouth", "at his lodgings in St Wenna's Close"); a
    # bare "at sixty-four" set off by commas after the date is an age too
    "age-owner": {("orrin_talbeck.txt", 14, "duration"), ("vardel_family.md", 9, "duration"),
                  ("ysolde_marr.wiki", 10, "duration"), ("osk_family.md", 12, "duration"),
                  ("hallam_brent.wiki", 9, "duration")},
    # a table cell's figure to a decimal place ("38.2", "12.8 tonnes") or after a currency mark ("£4,210", a plain-text
    # column aligned as "GBP  5,210") is a figure of the column its "Total" row sums; shares each rounded to their
    # last place may miss the total by half a place each ("100.1" against "100.0")
    "table-figures": {("varn_election.md", 11, "arithmetic"), ("kell_stores.wiki", 13, "arithmetic"),
                      ("orrel_hall_receipts.md", 10, "arithmetic"), ("tarrow_theatres.txt", 13, "arithmetic")},
    "burial-order": {("ansel_varro.txt", 3, "ordering"), ("tobin_hask.md", 5, "ordering"),
                     ("wenna_dray.wiki", 8, "ordering"), ("kettle_marr.md", 7, "relative-date")},
    # a field's figure with a bracketed breakdown ("Staff: 96 (40 + 33 + 25)", "1,140 (620 fitters; 310 boilermakers;
    # 210 labourers)", "212 (180 sailors, 32 marines)") is still the field's value, compared with the prose, and a
    # total whose parts must add up; a prose figure equal to a part tells that part; a bracket of years, "(plus 12
    # novices)", "(including ...)" are no breakdown
    "field-figures": {("harrow_mill.txt", 3, "arithmetic"), ("fort_calder.txt", 3, "arithmetic"),
                      ("corran_works.wiki", 9, "conflicting-value"), ("sea_wren.md", 10, "conflicting-value")},
    # on an event's page (fields dating it to the month, a "(born 1838)" in a field dating its person, not the page),
    # a round count of the field's own noun in a sentence dated within the event ("On 4 May 1891 some 680 hands
    # left") is the count field's figure ("Hands out: 860": the particle names no measure); a count of the year
    # before ("By 1890 the mill employed about 900 hands"), of a later month, or "five times" are not
    "event-day-counts": {("dunmore_mill_strike.txt", 14, "conflicting-value"), ("orrel_lockout.wiki", 12, "conflicting-value"),
                         ("tarn_dock_strike.md", 12, "conflicting-value"),
                         ("wenlow_colliery_strike.txt", 11, "conflicting-value")},
    # a field that gives the year of a figure field beside it ("circulation_date = 1930" beside "circulation =
    # 52,300") dates the figure, not an event: a prose figure of another year (its own clause's year) is that
    # year's, and no prose date restates the "date"; the same year's other figure and a real date slip still fire
    # a figure in the key block (a header line, front matter, an infobox) and one in the prose of its page, of one
    # measure by the key's word or a synonym (capacity/seats, troops/men, survivors/living, deaths/dead): the
    # counted noun before a verb ("Its 2,050 seats dwarfed"), a value whose bracket names whose it is ("2,600 (Grey Regiment and Fenwick militia)"), a day of the event's own
    # month with no year ("on 3 May some 3,100 men"), a size as the named thing's adjective in a sentence of another
    # year ("In 1790 ... the 290-ton Marrow Gull"); another owner's figure ("The Corn Exchange's 960 seats", "the left
    # wing's 1,200 men", "the 90-ton Pell"), a later month, a growth, a part, a bound and a range are not
    "keyed-figures": {("orrin_hall_rivalry.txt", 11, "conflicting-value"), ("kessel_raid.md", 12, "conflicting-value"),
                      ("orla_vance.wiki", 9, "conflicting-value"), ("tessel_rescue.txt", 10, "conflicting-value"),
                      ("tarn_quay_riot.wiki", 10, "conflicting-value"), ("pell_rooms.md", 11, "conflicting-value")},
    "figure-dates": {("orm_gazette.wiki", 10, "conflicting-value"), ("kell_society.md", 12, "conflicting-value"),
                     ("dunmere_mill.txt", 6, "conflicting-date")},
    # the instrument that made a body told as its own event ("received the Royal Assent on D", "the charter
    # sealed on D created a council", "the act of incorporation passed on D") restates its founding field;
    # names in a phrase a preposition opens ("went up to Parliament", "a quarrel with the trustees of the Orm
    # road") are no doer, a clause joined by ", and the ..." starts afresh; another body's act ("the Fenby
    # Extension Act", "the Ormsk Company ... was incorporated"), an anniversary, a new charter, a town's charter
    # are not the founding
    "founding-instruments": {("harl_and_fenby_railway.wiki", 9, "conflicting-date"),
                             ("argent_circle.md", 13, "conflicting-date"), ("tallow_company.txt", 9, "conflicting-date")},
    # a named fight of a day dated by a timeline row that opens with the date ("| 9 May 1402 || [[Battle of X]] |")
    # and elsewhere by a sentence opening with its one day that places its action at the fight ("On 19 May 1402
    # the host met them at [[Battle of X|X]]", "On 30 July 438, at the Battle of X, ...") or by a date beside
    # its name ("the Battle of X (3 June 1611)"); a day "ten days after" it, an anniversary, a siege's day
    # inside its span, a second battle of the name are not its date
    # with no row, two pages that tell it on two days disagree ("the Battle of X (3 June 1611)" / "On 13 June
    # 1611, at the Battle of X"); three days are phases of a longer fight
    "fight-days": {("marrow_war.wiki", 8, "conflicting-date"), ("knights_of_the_vale.md", 12, "conflicting-date"),
                   ("queen_amra.wiki", 7, "conflicting-date"), ("tarn_annals.md", 5, "conflicting-date")},
    # a body's dissolution told by its head noun ("the Board was wound up", a sentence's opening "The
    # Institute was dissolved") on a page that names one body of that head: the body's end (not when two
    # bodies share the head, two_companies.txt)
    "head-noun-ends": {("lisk_harbour.wiki", 6, "after-end-of-entity"), ("varn_survey.md", 9, "after-end-of-entity"),
                       ("orm_valley.txt", 7, "after-end-of-entity"), ("grain_guild.md", 7, "after-end-of-entity")},
    # a length of a rule owned by a name ("Mother Ilse Darrow's eighteen-year rule", "Queen Amra I's reign of
    # twenty years", "Reeve Aldo Wyne's fifteen-year rule", a title the holders' table gives) measures that
    # holder's row, not the sentence's or the page's subject
    "owned-length": {("sisters_of_wend.wiki", 4, "duration"), ("queens_of_tarn.md", 10, "duration"),
                     ("priory_of_olm.txt", 12, "duration"), ("reeves_of_dunmarrow.wiki", 11, "duration")},
    # a holder's time in an office told by its length apart from the term's dates ("served as Warden for
    # nineteen years", "his eleven seasons in charge", "Brother Anselm Coyle's twenty years as Prior" with
    # "612 AR | 621 AR" cells, "spent twelve years as Master") measures the holder's one table row of that
    # office; two spells, another office ("as a journeyman"), counting both ends and "nearly" are not findings
    "term-lengths": {("wardens_of_orrel.wiki", 10, "duration"), ("tarrow_rovers.md", 13, "duration"),
                     ("priory_of_sallow.md", 12, "duration"), ("guild_of_hatters.txt", 12, "duration")},
    # a holders table's term columns headed by a verb of taking or leaving the office ("Elected | Resigned",
    # "Appointed | Stepped down", "Installed | Left", "Took the Seat | Gave it up") and years in the world's own
    # era ("602 AR", "In 625 AR"): a titled act after the row's term is out of range ("That August Harbourmaster
    # Ilse Wren closed": a month after "that" is a date, not a first name)
    "term-headers": {("abbey_of_corrow.wiki", 10, "out-of-range"), ("port_of_venn.md", 12, "out-of-range"),
                     ("college_of_amber.txt", 11, "out-of-range"), ("seat_of_orm.md", 12, "out-of-range")},
    # a pronoun acting in an office the words name ("As mayor he opened the exchange in 1881", "As Provost, she
    # closed", "her last act as Director was to sign ... in March 1931") is the person the paragraph's sentences
    # open with ("Odo Fenn was a draper", "Morrow was the first woman": a last name for the table's Ada Morrow);
    # "As former mayor", "As acting provost" and a second full name between ("named Tomas Brede") are not
    "pronoun-office-acts": {("borough_of_tamsey.md", 12, "out-of-range"), ("college_of_tarn.txt", 11, "out-of-range"),
                            ("corve_survey.wiki", 10, "out-of-range"), ("esk_wardens.wiki", 10, "out-of-range")},
    # a stretch of a period counted from its start ("in the ninth week of the strike", "the last weeks of the
    # siege", "the first summer of the war", "the last week of the tour") ties the sentence's one date to the
    # period: after its end it is out of range; "the first month after the strike", "the first year of the
    # peace" are the aftermath
    "counted-stretches": {("brenford_strike.txt", 10, "out-of-range"), ("siege_of_carrow.md", 10, "out-of-range"),
                          ("war_of_the_fords.wiki", 8, "out-of-range"), ("marrowby_choir_tour.md", 10, "out-of-range")},
    # a timeline row whose date cell is one range and another cell closes on a length ("raised after 170 days",
    # "over after 12 weeks", "(14 days)") states the range's length; "after 3 days of shelling" is a part
    "row-lengths": {("feud_of_orsa.wiki", 8, "duration"), ("orrin_wars.md", 9, "duration"),
                    ("pellam_docks.txt", 6, "duration"), ("vell_sieges.md", 9, "duration")},
    # a table of holders names the office its rows held (the name column's header, "! Term !! Prior", even
    # after the term column; else its heading in the singular, "Commissioners-General", "Wardens"): an act
    # under that title ("the abbot, Ewald Morn, consecrated", "Archmage Orsa Tamrel led", "Ossel, as
    # Commissioner-General, approved") after the row's term is out of range
    "table-offices": {("tanners_guild.wiki", 4, "out-of-range"), ("conclave_of_sere.md", 15, "out-of-range"),
                      ("board_of_works.wiki", 4, "out-of-range"), ("harbour_wardens.md", 7, "out-of-range"),
                      ("abbey_of_wenn.txt", 7, "out-of-range")},
    # two stages of one thing's life named by fields or one table row's columns, the later dated first
    # ("begin: 1792" / "complete: 1789"; "Launch | Landing"; "Laid down | Launched"; "Construction began"
    # / "Completed"), and a row's length cell in shorthand ("17 d") against its stage columns
    "stage-order": {("brackwell_bridge.wiki", 8, "ordering"), ("dorvan_flights.md", 8, "ordering"),
                    ("hallam_lighthouse.md", 4, "ordering"), ("pell_capsules.md", 8, "duration"),
                    ("ossery_frigates.wiki", 9, "ordering"), ("saint_orla.txt", 3, "ordering")},
    # stages of one thing told as a chain of verbs with one subject ("the mill, erected in 1788, was swept away in
    # 1771"; "acclaimed queen on D and crowned on D2"; "arrested ..., tried ... and released on D"; the next
    # sentence opening on the same subject, its surname, head noun or a pronoun, "It was consecrated"): a stage dated
    # before every stage that must come first; a second marriage, a rebuilding after a later fire, a son's birth
    # in a relative clause, a verb with an object ("the mayor opened the bridge") and a year that agrees are not
    # acts with a natural order told of one subject, the later dated first: a body convened (set up) and then
    # reporting, interned and then freed (the next sentence opening on the same pronoun), put out of a body and
    # taken back (", and it was readmitted" after the reason it was put out); a panel convened again after its
    # report, another's release, and a body readmitting another member are silent
    # an act told in an office's capacity ("in his capacity as Warden", "She signed, as treasurer to the Guild,", "Her
    # final order as Keeper") dated outside every term of that office the page gives the same holder (sworn in on D
    # until D2, "From D1 to D2 she served as", an infobox's office2/term_start2/term_end2); an act on the first day,
    # another's stand-in "acting as", the office's other term ("re-elected her treasurer") and another office are silent
    "capacity-acts": {("ropewalk_guild.txt", 7, "out-of-range"), ("maud_fenwick.wiki", 15, "out-of-range"),
                      ("ilse_varrow.md", 13, "out-of-range")},
    # a rank or office given as a dated field of its holder's page ("fleet_admiral: 2331–2340", "| admiral_of_the_blue
    # = 1741" closed by "| retired = 1752", a pasted infobox's "Chief Factor  1822–1835") bounds the acts told in it
    # ("In August 2343, as Fleet Admiral, X signed", "X, then Admiral of the Blue, led", "as chief factor, he signed",
    # the short "as admiral" after the rank's end); inside the term, "promoted to Fleet Admiral in 2331", "the retired
    # admiral X", "the former Fleet Admiral, X,", "as admiral" before the rank (a lower one) and another office are silent
    # a "rank: Grand Marshal" field closed by "retired: 1888" bounds "he reviewed the cadets as Grand Marshal" and
    # "Grand Marshal Brenn opened" likewise ("replaced him as", "remembered as", "the retired Grand Marshal" stay silent)
    "rank-field-capacity": {("idris_calloway.md", 16, "out-of-range"), ("idris_calloway.md", 18, "out-of-range"),
                            ("serra_monteith.wiki", 14, "out-of-range"), ("jory_pelling.txt", 11, "out-of-range"),
                            ("aldo_brenn.md", 15, "out-of-range"), ("aldo_brenn.md", 17, "out-of-range")},
    # a budget laid by its minister ("The harbour loan budget that X laid before the Assembly on D", "X presented his
    # last budget to the council") after the holder's term in a finance office (a cabinet table's "Office | Minister |
    # Term" row "Finance", a table of Treasurers); a budget inside the term, the successor's and a critic's are silent
    "portfolio-budgets": {("orvel_cabinet.md", 13, "out-of-range"), ("treasurers_of_vell.wiki", 13, "out-of-range")},
    # an act told in an office by its short forms ("in his capacity as chancellor", "X, then Chancellor,", "The
    # Chancellor, X, closed", "as Warden, X reopened") by a holder whose term a table of holders or their own "term:"
    # field records, dated outside it; inside the term, "the former chancellor, X,", "the ex-warden, X,", another office
    # ("as Master of the Mint") and a namesake who held the office later ("X the Younger") are silent
    # a seat in the chamber held for dated years ("X represented Y from the May 1908 election until he stood down at the
    # election of June 1914", "sat for Y from 1874 to 1886", "was the member for Y from 1831 until 1837") and a
    # speech, a question or a rising in the chamber by its holder after it ("In a speech to the Chamber in March 1916
    # he", "rose in the House", "asked questions in the Assembly"); inside the seat, "the Chamber of Commerce", the
    # gallery and a petition to the chamber are silent
    "seat-floor-acts": {("orrin_and_pask.txt", 10, "out-of-range"), ("wenna_harrowby.md", 11, "out-of-range"),
                        ("tobin_crale.wiki", 9, "out-of-range")},
    # a formation's own fight told by its noun ("Its last engagement, a skirmish at X on D", "The Lancers' first
    # action came at X in D") outside the service its "active_from"/"active_to" or "active = 1702–1719" fields date;
    # a fight inside it and "Its" after a sentence about another body are silent
    "service-engagements": {("varrow_free_company.md", 14, "out-of-range"), ("ninth_lancers.wiki", 9, "out-of-range")},
    "capacity-title-forms": {("chancellors_of_ambrel.md", 15, "out-of-range"),
                             ("chancellors_of_ambrel.md", 17, "out-of-range"), ("tamsin_vell.wiki", 13, "out-of-range"),
                             ("wardens_of_the_fells.txt", 9, "out-of-range"),
                             ("wardens_of_the_fells.txt", 11, "out-of-range")},
    # an act tied to a period its page dates by a noun ("During the ceasefire, on D", "under the curfew", "on the synod
    # floor") dated after the end the page tells ("The ceasefire lapsed on D", "it was lifted on D"; the synod page's
    # own end field) or before its start; an act on the last day, one "after the ceasefire", a truce renewed are silent
    "period-bound-acts": {("ferry_ceasefire.txt", 7, "out-of-range"), ("dunmere_curfew.wiki", 6, "out-of-range"),
                          ("synod_of_varle.md", 12, "out-of-range")},
    # a period whose two ends one range gives ("the truce, which lasted from D1 to D2", "was in force from D1 until
    # D2", "remained in force from") and an act tied to it by "while the <noun> (still) held / lasted / was in force"
    # dated after its end; an act inside it, "after the curfew", a renewed embargo and "the raiding resumed" (another
    # thing held again, not the period) are silent
    "period-held-acts": {("lune_water_truce.txt", 6, "out-of-range"), ("pell_curfew.md", 12, "out-of-range"),
                         ("sarn_embargo.wiki", 6, "out-of-range")},
    # a party's stay in a body told with its ends ("belonged to the Guild from 1702 until it withdrew from the guild in
    # 1719", "was a member of the Compact from 1650 to 1661", "The town left the Salt League in 1436") and an act "as a
    # member" (of the body, or bare in a sentence naming it: "At the guild's auction of June 1721 the company bid as
    # a member") dated after it left; an act inside the stay, "no longer a member", "a former member" and a party that
    # "rejoined" are silent
    "membership-stay-acts": {("corran_ropewalk.txt", 8, "out-of-range"), ("vessa.md", 12, "out-of-range"),
                             ("tarn_salt_league.wiki", 6, "out-of-range")},
    # a body in one's charge for dated years ("From 1444 until 1449 he commanded the Tarsel guard", "Orm edited the
    # Velm Gazette from 1840 to 1851", "she captained the Sorn packet") and an act tied to it by "while he (still)
    # commanded the guard" dated after it; an act inside, one "long after he gave up the guard" and a successor's
    # "when his successor edited the Gazette" are silent
    "charge-held-acts": {("kallo_verin.wiki", 12, "out-of-range"), ("orm_gazette.txt", 9, "out-of-range"),
                         ("ida_marrow.md", 13, "out-of-range")},
    # a commander whose command of the page's event the infobox ends ("Oda Brisk (to March 1655)") told leading or
    # commanding in it later, while the event went on; an act of command inside the term, the successor's, and the
    # former commander's acts that are no command ("wrote to the duke") are silent
    "command-field-end-acts": {("siege_of_morlan.wiki", 15, "out-of-range"), ("blockade_of_ness.txt", 17, "out-of-range")},
    # aliases that number the parts of a series ("First Orrel council", "Second Orrel council", "Orrel I", "Orrel II"
    # on the page of the Orrel councils; "other_names = First Harl ministry<br />Second Harl ministry") name one part
    # each, not the page: the parts' dates are not the page's, and the names of one number ("Second Harl ministry",
    # "Harl II") are one part, whose dates still must agree across pages
    "numbered-part-aliases": {("second_orrel_council.md", 3, "conflicting-date"),
                              ("second_harl_ministry.wiki", 3, "conflicting-date")},
    # a length counted "from the <event>" the page dated earlier in the same words ("The first stone was laid on D"),
    # to the one day the sentence before told ("The bridge opened on D2. The building had taken N from the first
    # stone"); the right length, and "from the start" or an event the page never dated, are silent
    "length-from-named-event": {("orm_bridge.txt", 7, "duration"), ("kell_railway.wiki", 6, "duration"),
                                ("brig_heron.md", 12, "duration")},
    "acts-in-natural-order": {("quay_inquiry.txt", 5, "ordering"), ("mabel_ostry.wiki", 5, "ordering"),
                              ("tanners_company.md", 10, "ordering")},
    "stage-chains": {("harl_mill.txt", 3, "ordering"), ("queen_amsel.md", 7, "ordering"),
                     ("tessel_abbey.wiki", 4, "ordering"), ("jorick_vale.md", 5, "ordering"),
                     ("brig_kestrel.txt", 3, "ordering"), ("tamsin_orly.wiki", 3, "ordering"),
                     ("odo_fenn.md", 3, "ordering"), ("wend_chapel.md", 3, "ordering"),
                     ("ossa_kell.txt", 3, "ordering"), ("lisk_bridge.wiki", 3, "ordering"),
                     ("pellam_guild.md", 3, "ordering"), ("ada_brell.txt", 3, "ordering")},
    # an offset's own date told after a place ("three weeks later, at the Lantern Hall on 2 July 1911") is
    # counted from the date before it like one told right after the offset
    "offset-places": {("orrin_players.md", 3, "relative-date"), ("kell_ferry.txt", 3, "relative-date"),
                      ("sarn_mission.wiki", 3, "relative-date")},
    # a length told with the dates that frame it: leading into "from ... D to ... D'" or "between ... D and ... D'"
    # ("took four years to build, from the laying of the first stone in April 1761 to its opening in May 1762"),
    # restated after a departure and a landing (", a tour of nearly seven months"), or a narrated siege's
    # length told with its end alone ("on 9 June, after a siege of some seven months", "The blockade lasted
    # nearly five months and ended on D"), counted back to the paragraph's earlier days (any that fits clears it)
    # a length in weeks is rounded to the nearest week: "a week" is not fourteen days, "three weeks" not four,
    # "six weeks" not nearly seven (months and years may also be counted whole: "the two-month siege" of 2½)
    # a body's length told with a verb of existing or doing business ("traded for forty years", "existed for",
    # "operated for", "was in business for") measures its founding to its dissolution; a merchant who "traded
    # for forty years" is measured against nothing (a person is neither founded nor dissolved)
    "existence-lengths": {("hollin_trading_company.md", 5, "duration"), ("tesk_ferry_society.txt", 5, "duration"),
                          ("marrow_slate_works.wiki", 9, "duration"), ("orrel_wool_exchange.md", 5, "duration")},
    # a date range whose own words put its end before its start ("from March 1907 until May 1906", "between 1788
    # and 1781", "15-5 April 1644") with no statement pair to carry it; a year the reader supplied ("November to
    # April", "31 October to 13 November") and a change of date ("postponed from D to D'") are no range
    "inverted-ranges": {("edda_marrow.md", 5, "ordering"), ("truce_of_harl_ford.txt", 5, "ordering"),
                        ("dunmarrow_toll_commission.wiki", 4, "ordering"), ("wreck_of_the_tallow_queen.md", 3, "ordering")},
    # "that day", "the same day", "that very day" in a sentence of its own is the last day the paragraph wrote:
    # the death, dissolution, founding or birth it carries is dated ("He died of the wound the same day.")
    "that-day": {("tesk_weavers_guild.md", 7, "after-end-of-entity"), ("orm_vessel.txt", 7, "after-end-of-entity"),
                 ("sennet_bridge_company.wiki", 8, "conflicting-date"), ("ilse_darrow.md", 8, "conflicting-date")},
    # an event word that an offset is counted from ("within four weeks of the signing", "eighteen days after the
    # signing, on D") is not dated by the sentence's date; the signing told "on D" is
    "offset-anchors": {("peace_of_tarn.md", 9, "conflicting-date")},
    # "the following spring" (summer, autumn, winter) is the first such season after the date it counts from,
    # a month either side: a day in the autumn, or a season a year late, does not fit
    "next-season": {("tesk_weavers_hall.md", 3, "relative-date"), ("orrel_fair.txt", 3, "relative-date"),
                    ("harl_ford.wiki", 3, "relative-date"), ("dunmarrow_mill.md", 3, "relative-date")},
    "unit-lengths": {("siege_of_orrel_keep.md", 3, "duration"), ("tallow_fair.txt", 3, "duration"),
                     ("sennet_blockade.wiki", 6, "duration"), ("hallin_march.md", 3, "duration")},
    # a length naming its stretch by an event noun ("The nine-day battle", "the siege lasted five months", "of the
    # four-month siege") with no date before it in its sentence measures the stretch the sentence right before told
    # by its two ends (a range, "began on D and was raised on D'"), when the paragraph named the noun or its place
    # before; "the two-year siege that followed", a noun the paragraph never named, a rounded or bounded length
    # that fits are silent
    "told-spans": {("marrow_ridge.wiki", 4, "duration"), ("tessel_siege.md", 4, "duration"),
                   ("orrin_keep.txt", 6, "duration"), ("dunmore_strike.md", 4, "duration"),
                   ("kestrel_blockade.wiki", 3, "duration"), ("sarn_siege.txt", 3, "duration")},
    # a holder's time in office told by a pronoun opening its sentence ("His eight years in office were ...") under a
    # heading that names the holder with the office's dates ("ODO MARL (in office 1690-1702)", "## Hew Dray (abbot
    # 1120–1131)") measures those dates; a last name's ("Vell's twenty-year directorate") the one holder of that
    # name the page's table lists; a heading of a lifetime ("(1651-1716)"), two holders of the name are silent
    "headed-terms": {("wardens_of_tesk.txt", 9, "duration"), ("abbots_of_varn.md", 5, "duration"),
                     ("tarn_players.wiki", 13, "duration")},
    # a length a colon explains by two days joined by "and" ("took four months: left X on D and anchored in Y on
    # D'"), a length opening its sentence before the day its stretch ended ("After a closure of eleven months the
    # house reopened on D", counted from the paragraph before when it is the first), a closure told after its end's
    # day: three days, or a paragraph before that dates only a founding long before, are silent
    "explained-lengths": {("tesk_voyage.md", 3, "duration"), ("orm_theatre.wiki", 6, "duration"),
                          ("varn_mine.txt", 3, "duration"), ("harl_march.txt", 4, "duration")},
    "framed-lengths": {("marrow_viaduct.txt", 6, "duration"), ("orrin_cove.md", 10, "duration"),
                       ("hallin_players.wiki", 4, "duration"), ("vessel_bells.txt", 6, "duration"),
                       ("tessaly_siege.txt", 6, "duration"), ("varne_blockade.md", 5, "duration")},
    # a holder named with an office in apposition acts in it at the clause's date ("When the new bridge opened on
    # 3 May 1862 the mayor, Hew Dallow, cut the ribbon", "the Reeve of Dunmore, Ada Kell, sealed", "Ilse Marrow,
    # still president of the press, signed"): outside the holder's term (a table row, "retired as president on
    # D") it is out of range; "the former chairman", "the architect" and a date in another clause are not
    "titled-acts": {("orrin_town.md", 11, "out-of-range"), ("tess_canal.wiki", 8, "out-of-range"),
                    ("marrow_press.txt", 8, "out-of-range"), ("dunmore_reeves.md", 10, "out-of-range")},
    # a table column headed by what a field of the page counts ("Killed" / "Dead" / "Injured" / "Crew" under
    # "deaths = 9", "Deaths:: 14", "crew: 46", "Injured: 22") whose named rows add up to more or less than the
    # field (a last row that restates the field, "'''Ship's company''' || 64", is the whole, not a part); a
    # yearly series ("Year | Deaths") and a record of other events ("Oxley Tunnel Fire") sum to nothing
    "field-columns": {("harl_pit.wiki", 4, "arithmetic"), ("sorrel_ferry.md", 4, "arithmetic"),
                      ("brenner_street.txt", 4, "arithmetic"), ("tallow_junction.md", 4, "arithmetic"),
                      ("gull_reach.wiki", 3, "arithmetic")},
    # a sum stated with its factors in one sentence ("£240,000, raised in 3,000 shares of £100 each", "$600,000 in
    # 4,000 shares at $120 apiece", "a weekly wage bill of some £1,150 ... for 1,300 hands at £1 a week"); a
    # product beside two sums, one not weekly, or short of a sum it is not said to make up, is silent
    "stated-products": {("orrin_canal.wiki", 5, "arithmetic"), ("tessel_works.md", 3, "arithmetic"),
                        ("marle_bank.txt", 5, "arithmetic"), ("wend_harbour.md", 3, "arithmetic")},
    # "there is no 29 February 1700": a date the text itself denies
    "denied-dates": {("zelmor.txt", 5, "invalid-date"), ("zelmor.md", 6, "invalid-date"),
                     ("zelmor.wiki", 4, "invalid-date")},
    # "his father's death in 1463": the death of someone the text does not name
    "kin-possessive": {("korvane.txt", 8, "conflicting-date"), ("korvane.txt", 10, "after-end-of-entity"),
                       ("alune.md", 8, "conflicting-date"), ("alune.md", 8, "after-end-of-entity"),
                       ("bravik.wiki", 9, "conflicting-date"), ("bravik.wiki", 9, "after-end-of-entity")},
    # "term: 1638–1649" (an office) beside "years_active: 1636–1660" (a career)
    "office-term": {("order.md", 7, "conflicting-date"), ("order.md", 9, "conflicting-date")},
    # a field keyed by an office ("Director: Anton Weyl (1881-1902)", "| abbot = [[X]] (1190–1214)", "grand_master:")
    # gives that holder's term of it: an act under the title outside the years is out of range; a key naming no
    # office ("founder") stays a period, an act inside the term or without the title is none
    "office-keys": {("institute.txt", 9, "out-of-range"), ("lodge.md", 10, "out-of-range"),
                    ("abbey.wiki", 8, "out-of-range"), ("ropewalk.wiki", 9, "out-of-range")},
    # a holders table's term column headed by a qualified term noun ("Term as warden", "Years in office", "Term on
    # council", "Tenure as prior") is the rows' term, as "Term" alone is
    # a list of holders with the years of their terms under a label naming the office in the plural (a bold
    # "Chairmen" line, "## Wardens", a plain-text "Headmasters" line) or the headings of a page that is a register
    # of one office ("Register of Harbour Masters", "Roll of Wardens"): each item is that holder's term; "Players"
    # names no office
    "holder-lists": {("club.wiki", 7, "out-of-range"), ("hall.md", 10, "out-of-range"),
                     ("harbour.md", 11, "out-of-range"), ("school.txt", 9, "out-of-range"),
                     ("wardens.wiki", 7, "out-of-range")},
    # "Name (Y1-Y2)" in a list of an office's holders (a heading, a bold label or a lead "The society's presidents
    # were:" names the office) is the term, not the holder's life, even with a note after it that has years of its
    # own ("founder; also mayor 1880-1884"); the term still bounds acts under the title
    # standing down is a term's end ("stood down as general secretary in 1931", "retired as warden", "stepped down
    # as secretary"); an election or appointment told after it in the same year ("was elected the same year to the
    # Chamber of Deputies", "later that year to the provincial assembly", "as deputy for Lorne") is another
    # office's start, never the recorded office's; the step down's own year still meets the recorded end
    "stood-down-elected-elsewhere": {("korvel.wiki", 12, "conflicting-date"), ("greta_holm.md", 8, "conflicting-date"),
                                     ("odo_farrant.txt", 7, "conflicting-date"), ("piet_amsel.md", 11, "conflicting-date")},
    # an event told with its own offset after its verb ("until the strike ends, 44 days later", "the war ends, three
    # weeks later", "closed three weeks after.") is dated by counting from the anchor, never by the anchor's day
    "offset-end": {("harl_general_strike.md", 13, "conflicting-date"), ("fenland_war.wiki", 10, "conflicting-date"),
                   ("siege_of_wenmoor.md", 10, "relative-date"), ("tarrow_corn_exchange.txt", 6, "relative-date")},
    # a length in years told beside its own date ("the Labour Code of 1930 - eleven years later", "finished in 1886 -
    # twenty years later -") and counted from no date of its own sentence restates that date from the story's time:
    # any date the paragraph told before, the page's fields or its title's year may be the anchor; a year no
    # anchor fits is still found
    "restated-relative-years": {("tarrow_mill_strike.md", 12, "relative-date"),
                                ("orsk_dock_strike.wiki", 9, "relative-date"),
                                ("great_flood_of_1866.txt", 7, "relative-date"), ("hallow_lockout.md", 14, "relative-date")},
    # a kind's noun ("the Founding Charter", "the letters patent", "the concession", "the firman") followed by a comma
    # and a clause with a subject of its own ("Created by Article IV of the Founding Charter, the Council first sat on
    # 3 March") does not take that clause's date: the first sitting is not the grant; a participle after the noun
    # ("the Founding Charter, sealed on D", "granted on D") and a sentence of its own still date it
    "took-effect-vs-first-sat": {("founding_charter.md", 8, "conflicting-date"), ("harl_tramway.txt", 3, "conflicting-date"),
                                 ("orsk_mission.md", 3, "conflicting-date"), ("wend_court.md", 3, "conflicting-date")},
    "holder-list-range": {("bellweather_ironworks.md", 13, "out-of-range"), ("orran_rowing_club.wiki", 9, "out-of-range"),
                          ("tarn_savings_society.txt", 11, "out-of-range"),
                          ("wendle_harbour_trust.md", 11, "out-of-range")},
    # an office in apposition named with whose it is ("the Guild's treasurer, Mara Hollin, wrote", "the company's
    # chairman, Odo Tarrant, signed") is the holder acting in it; "the Society's founder, X," names no office
    "possessive-office": {("guild.md", 14, "out-of-range"), ("society.wiki", 8, "out-of-range"),
                          ("wharf.txt", 9, "out-of-range")},
    # a term told in apposition to the holder's name ("Gilbert, abbot 1104–1129;", "Mara Hollin, treasurer from
    # 1921 to 1930,", "the board's chairman 1915–1927", "abbess since 1602"): the holder's term of that office; "a
    # miller 1140–1160", "apprentice 1931–1935", "aged 40–45" name no office
    "apposed-terms": {("daughters.md", 8, "out-of-range"), ("chandlers.txt", 5, "out-of-range"),
                      ("ferry.wiki", 3, "out-of-range"), ("convent.md", 5, "out-of-range")},
    "qualified-term-heads": {("council.md", 12, "out-of-range"), ("guild.wiki", 12, "out-of-range"),
                             ("moot.md", 12, "out-of-range"), ("priory.wiki", 12, "out-of-range")},
    # "he resigned" another service years before the recorded office began
    "another-post": {("ambrec.wiki", 12, "conflicting-date"), ("hedvika.md", 11, "conflicting-date"),
                     ("galt.txt", 9, "conflicting-date")},
    # an act after the end, read where it was missed: a passive with a named doer and any verb ("were set
    # out by Gisela", "was recalled by Imbria", "was sworn ... by Tamas and Kettel"), and an organisation the
    # World names by its short alias ("the Company"), whose own page dates its dissolution
    "acts-after-end": {("cathedral.txt", 11, "after-end-of-entity"), ("imbria.md", 13, "after-end-of-entity"),
                       ("tamas.wiki", 10, "after-end-of-entity"), ("company.md", 14, "after-end-of-entity"),
                       # "signed a salvage contract": an act on an agreement the text does not name
                       ("ferry.txt", 10, "after-end-of-entity"), ("tollery.md", 11, "after-end-of-entity"),
                       ("quimbrel.wiki", 9, "after-end-of-entity")},
    # acting told by a verb no list holds, read by its form: dated by the sentence right before when the
    # sentence has none ("... was unveiled in 1856. Harrow himself turned the first tap"), the name set off by
    # an aside with a preposition ("Taddo Merrick, then in his sixties, climbed"), a season dated in the
    # world's own era ("the autumn of 421 AR"); and a body's own organ acting for it ("the directors named",
    # "the Orme Valley board approved", "the company's board staked"), after its dissolution. A widow, a son of
    # the name, "in memory of", executors, the former directors, the liquidators, another body's board are not
    "open-acts": {("harrow_wells.txt", 7, "after-end-of-entity"), ("taddo_clock.wiki", 6, "after-end-of-entity"),
                  ("house_of_orvel.md", 11, "after-end-of-entity"), ("quarry_town.txt", 10, "after-end-of-entity"),
                  ("orme_valley_railway.wiki", 8, "after-end-of-entity"),
                  ("pellam_typewriters.md", 11, "after-end-of-entity"),
                  # "ordered that deserters were to be regarded as such and summarily executed": no death of his
                  ("scheldt_pocket.txt", 7, "after-end-of-entity"),
                  # a body's end told as what befell it or its business stopping ("was suppressed", "went into
                  # liquidation", "folded"); a revolt suppressed, the buyer of the works acting later, are not its acts
                  ("grey_lamp.md", 11, "after-end-of-entity"), ("selby_motors.wiki", 9, "after-end-of-entity"),
                  ("ossory_packets.txt", 7, "after-end-of-entity"),
                  # a death told with a place the reader took for no preposition ("was killed aboard his flagship")
                  ("venn_fleet.wiki", 6, "after-end-of-entity")},
    # an end stated only in prose ("was dissolved on D", "ceased to exist on D", "was wound up with effect
    # from D") of a body named in full; "concluded a customs convention" is an act, not the concluder's end;
    # "the last pact concluded by the Commonwealth ... was signed on D": the maker in the subject acts then
    "prose-ends": {("tesk.txt", 10, "after-end-of-entity"), ("syndicate.md", 11, "after-end-of-entity"),
                   ("vintners.wiki", 10, "after-end-of-entity"), ("brell.md", 10, "after-end-of-entity"),
                   ("brell.wiki", 9, "after-end-of-entity"), ("brell.txt", 10, "after-end-of-entity")},
    # a commander marked killed in action ({{KIA}}, "(killed in action)", "(KIA)") died within the battle's dates
    "infobox-deaths": {("orlen.wiki", 12, "after-end-of-entity"), ("orlen.md", 13, "after-end-of-entity"),
                       ("orlen.txt", 23, "after-end-of-entity")},
    # a death told as one of a toll ("was among the drowned", "Six cutters were killed, among them X", "Among
    # the dead were X and Y", "Forty hands drowned, including X"), dated by the event told before it
    "toll-deaths": {("weir.txt", 7, "after-end-of-entity"), ("weir.txt", 11, "after-end-of-entity"),
                    ("pitfall.md", 14, "after-end-of-entity"), ("sinking.wiki", 7, "after-end-of-entity")},
    # an act whose doer is told in a way an unlisted verb did not accept: after an apposition ("Ombrel, the
    # ferry's keeper, told"), a subject pronoun ("He gave evidence"), a named doer of an apposed participle
    # ("the almshouse, endowed by Twillet in 1824"), a causative ("Quintrel had the tithe barn burned"), and an
    # act dated by a season told in the sentence before ("bought in the autumn of 1881. The price was settled
    # by Aubrin himself")
    "unseen-subjects": {("brewer.txt", 7, "after-end-of-entity"), ("brewer.txt", 9, "after-end-of-entity"),
                        ("ferry.md", 9, "after-end-of-entity"), ("saddler.wiki", 9, "after-end-of-entity"),
                        ("reeve.txt", 5, "after-end-of-entity"), ("smelter.md", 9, "after-end-of-entity"),
                        ("abbey.wiki", 3, "after-end-of-entity"),
                        # the sentence's one date when the other bounds a habit ("as he had done since 1872")
                        ("launch.md", 10, "after-end-of-entity")},
    # a ruler named by the reign's style after the reign ended ("reigned 1602-1630 ... In 1633 Duke Tormund Velloran
    # lifted the ban", a Reign column, "ruled the march from 1511 to 1539"); "the former Duke" is silent
    # "the old khan", "the ailing khan", "the emir" under a section headed by a ruler of that style: that ruler
    # ("the new khan", "the late khan's widow", "the emir's son" are others)
    "section-ruler": {("chronicle.txt", 11, "after-end-of-entity"), ("yarrow.md", 11, "after-end-of-entity"),
                      ("emirs.wiki", 6, "after-end-of-entity")},
    "ruler-after-reign": {("vell.txt", 5, "out-of-range"), ("steppe.md", 12, "out-of-range"),
                          ("margrave.wiki", 5, "out-of-range")},
    # an office held past its holder's death (a table's term, "served until"), and a front matter's named
    # record ("founder: {name, died}") whose death is the founder's, not the page's
    "term-past-death": {("college.wiki", 8, "after-end-of-entity"), ("harbour.txt", 3, "after-end-of-entity"),
                        ("wardens.md", 14, "after-end-of-entity"), ("wardens.md", 17, "after-end-of-entity")},
    # the year a "the following year" counts from is the story's: a year after a kept day ("adopted on Founders'
    # Day 1838") sets it, a year in a pluperfect aside ("Orr, who had retired in 1822, spoke ...") does not move
    # it back; a death so dated that disagrees with the person's own dates still conflicts
    "story-year": {("orr_charter.txt", 3, "conflicting-date"), ("holm_moot.wiki", 1, "conflicting-date"),
                   ("quay_society.md", 3, "conflicting-date")},
    # a kind's noun that names a day kept each year ("on Charter Day 1623", "Foundation Day 1905", "Charter Eve") is
    # that year's keeping, not the charter's grant or the founding: another page's date of the grant still conflicts
    "kept-days": {("vell_guilds.md", 3, "conflicting-date"), ("orrin_charter.txt", 3, "conflicting-date"),
                  ("marrow_customs.txt", 3, "conflicting-date")},
    # a verb told with "again" ("had the bridge open again by 1665", "the siege began again on 2 June", "founded
    # anew") is a later occasion: it dates no opening, start or founding the thing has once; its first date
    # told twice still conflicts
    "repeated-occasions": {("orm_bridges.txt", 3, "conflicting-date"), ("siege_of_dunn.wiki", 5, "conflicting-date"),
                           ("vell_market.md", 7, "conflicting-date"), ("tarn_guild.txt", 7, "conflicting-date")},
    # a name told as someone's kin ("their son, also Aldo,", "- 1852 - son Henrik born" on Henrik's own page) or
    # as "also" someone's name ("the son of a miller, also named Oskar, who died") is a namesake, not the page's
    # person, and one told in an aside after a verb ("they had three children, one of whom, also called Ivo, was")
    # is not the next "he"; the person's own birth and death told beside it still conflict
    "kin-namesake": {("aldo_venn.md", 13, "conflicting-date"), ("henrik_salt.md", 11, "conflicting-date"),
                     ("oskar_brandel.txt", 7, "conflicting-date"), ("maren_osk.wiki", 10, "conflicting-date"),
                     ("penrow_choir.md", 9, "conflicting-date")},
    # "their son (also named Mattias)", "a son also named Bram", "their son – also named X –": a namesake, whose
    # birth is not the father's; a birth the prose gives decades off the field's (the son's, misread) bounds
    # nothing: the field's birth bounds the acts and the disagreement is one conflicting-date
    "namesake-child-birth": {("roen.md", 8, "out-of-range"), ("tessel.txt", 10, "conflicting-date"),
                             ("orlen.wiki", 13, "ordering"), ("arke.md", 13, "conflicting-date")},
    # a "she" after a sentence whose subject is a "he" and which names another person beside him ("Grell married
    # Sofie Marr ...; she survived him") is that other person, not the "she" of a sentence before; a pronoun
    # that fits the subject is still the subject
    "spouse-pronoun": {("tomas_grell.md", 20, "conflicting-date"), ("edda_lune.txt", 10, "conflicting-date")},
    # a name that opens its sentence before a relative aside ("Carrow, who had urged a relief ship in 1873,
    # criticised ...; he died in 1890") is the sentence's subject and the next "he"/"she", not the person of the
    # sentence before; that person's own death told after it still conflicts
    "aside-subject": {("dunmore_voyage.wiki", 4, "conflicting-date"), ("orme_guild.md", 6, "conflicting-date"),
                      ("rook_abbey.md", 6, "conflicting-date"), ("tarn_mill.txt", 7, "conflicting-date")},
    # a relative aside closed before the sentence's date ("Edric II, who died in exile, was reburied at Holm in
    # 1262") is not dated by it: the date is the main clause's; a date inside the aside still dates it
    "relative-aside": {("kings_of_orm.txt", 7, "conflicting-date"), ("agathe_sorel.md", 12, "conflicting-date"),
                       ("bran_olley.wiki", 9, "conflicting-date"), ("wenn_chapel.md", 10, "conflicting-date")},
    # "she" is a person: never a name the text has said was founded ("saw Tarrow founded in 2212. She died"),
    # nor an agreement's name ("the Tarrow Water Compact", "the Holm Accord"), whose first word is no one's
    # short name; the person the "she" is still conflicts
    "she-not-a-place": {("governors_of_vell.md", 9, "conflicting-date"), ("holm_accord.txt", 8, "conflicting-date")},
    # "his"/"her" after a person named earlier in its own sentence by the surname alone ("Fenn kept the light
    # until his death in 1841", after a sentence about someone else) is that person's, when
    # the text gave the surname in full before; the same person's own death told so still conflicts
    "surname-owner": {("tollmere_harbour.txt", 9, "conflicting-date"), ("weavers_circle.md", 10, "conflicting-date"),
                      ("brannock_guild.wiki", 9, "conflicting-date"), ("pelling_lighthouse.txt", 9, "conflicting-date")},
    # a surname that also names a works or body ("Marrow" of Marrow College, Kell Observatory, the Orsk Academy)
    # opening "... until his death in 1799" is the founder's: the death is the person's, so a founder's page
    # years that disagree conflict, and the college never dies
    # a pronoun looks back: the other person its sentence names beside an earlier subject of the other sex
    # ("Brandel married Greta Lund; she survived him") must come before it and may be that pronoun; in "His
    # second wife, X, whom he married in 1414, was a cousin of Y", "he" is still the king, so the date is his
    "spouse-before-pronoun": {("edric_v.wiki", 14, "conflicting-date"), ("mara_quell.md", 13, "conflicting-date")},
    "works-owner": {("marrow_college.wiki", 9, "conflicting-date"), ("kell_observatory.wiki", 9, "conflicting-date"),
                    ("orsk_academy.md", 11, "conflicting-date")},
    # a relative's death is not the page person's: "His first wife, X, died in 1890 ... In 1899 he rebuilt" (the
    # pronoun is the page's person), "X, whom he had married in 1893, died in 1902" (an aside); the person's own
    # death told in the same shapes still conflicts and still bounds later acts
    "relative-death": {("corvel.txt", 10, "conflicting-date"), ("corvel.txt", 10, "after-end-of-entity"),
                       ("yarrowby.md", 10, "conflicting-date"), ("yarrowby.md", 10, "after-end-of-entity"),
                       ("kallow.wiki", 12, "conflicting-date"), ("kallow.wiki", 12, "after-end-of-entity")},
    # a second marriage is another event: a spouse line listing two "(m. D)" entries, "married again",
    # "Widowed in 1890, she married ..."; the first marriage dated two ways still conflicts
    "second-marriage": {("oskan.txt", 8, "conflicting-date"), ("orvane.txt", 8, "conflicting-date"),
                        ("varnay.md", 11, "conflicting-date"), ("aldous.wiki", 7, "conflicting-date")},
    # a length that dates one day from another ("seventeen years to the day after the opening") or a sentence
    # whose offset clause has its own subject ("thirty years after the keep was finished on D"); a length that
    # measures the sentence's own two dates wrongly is still found
    "self-measured-length": {("gannet.txt", 9, "duration"), ("charter.md", 9, "duration"),
                             ("league.wiki", 10, "duration")},
    # steps of an office that are not its taking or leaving: elected/nominated, an appointment beside "took
    # office", "announced his retirement", a second term, another office ("appointed warden of the docks" on a
    # provost's page); the same step dated two ways still conflicts
    "term-steps": {("reeves.md", 11, "conflicting-date"), ("ambry.md", 11, "conflicting-date"),
                   ("sorrel.txt", 9, "conflicting-date"), ("haldane.wiki", 12, "conflicting-date"),
                   ("quorrel.md", 13, "conflicting-date"), ("elected.md", 11, "conflicting-date")},
    # a body named in full in one sentence and dissolved in the next under "It" or a conjunct of it ("It lost the
    # pans in 1731 and was dissolved by the Diet on D", "It survived the panic of 1825 and was wound up by order of
    # the council in 1839", "It had lost ... by 1861 and was abolished by the town council on D"): the dissolution
    # is dated by its own conjunct, past the passive agent, and bounds the body's later acts; its former wardens,
    # its money or its old members after it are no act of the body
    "pronoun-body-dissolved": {("salt_board.txt", 3, "after-end-of-entity"),
                               ("tessary_bank.md", 10, "after-end-of-entity"),
                               ("guild_of_lamplighters.wiki", 6, "after-end-of-entity")},
    # a dissolved body is not "it" once a member or successor was named after its dissolution, and its founding
    # "still celebrated" is not dated by the celebration; the body itself acting later is still found
    "dissolved-body": {("company.txt", 8, "after-end-of-entity"), ("fords.md", 11, "after-end-of-entity"),
                       ("weavers.wiki", 10, "conflicting-date")},
    # the page's office holder told by an age word and the office ("the ailing queen", "the old margrave" under
    # "office: Margrave of Ostmark"), a cleft's focus ("It was the old duke himself who ... put his seal to"), a
    # person's name with a particle ("Qasim ibn Dawar"): their acts after death are found; "the new queen" is another
    "aged-holder": {("ismene.wiki", 11, "after-end-of-entity"), ("ottokar.md", 11, "after-end-of-entity"),
                    ("qasim.txt", 10, "after-end-of-entity"), ("cedric.wiki", 10, "after-end-of-entity")},
    # a firm is one with and without its legal form ("Ostrey & Vane Ltd" = "Ostrey & Vane" = "Ostrey Vane"), and "the
    # firm" on its page is the page's firm: its acts after its dissolution are found
    "firm-forms": {("ostrey.md", 13, "after-end-of-entity"), ("carrow.txt", 8, "after-end-of-entity"),
                   ("brisk.wiki", 10, "after-end-of-entity"), ("fennick.md", 9, "after-end-of-entity")},
    # a page whose cells, fields or brackets give periods of three-digit years ("| 702–731 |", "reign: 640–668",
    # "(702–761)") reads a bare three-digit year in its prose ("In 736 Aldric Vesk granted") as a year
    "short-years": {("thanes.wiki", 13, "after-end-of-entity"), ("ysolt.md", 10, "after-end-of-entity"),
                    ("odo.txt", 6, "after-end-of-entity"), ("reeve.txt", 8, "after-end-of-entity")},
    # "his father Ewart kept the lock until his death": after a person told by relation in the same sentence, a
    # "his"/"her" may be the relative's, so it dates no one's death; the person's own "until his death" still ends them
    "relation-possessive": {("brannock.md", 9, "after-end-of-entity"), ("quellan.txt", 9, "after-end-of-entity"),
                            ("dorrance.wiki", 9, "after-end-of-entity"), ("selwyn.md", 9, "after-end-of-entity")},
    # a part of a span ("her sole reign lasted", "in his own right", "six of the war's nine years") is not the
    # whole; the whole reign's length told wrongly is still found
    # a namesake named with an epithet ("when the elder Corwen died in 1702") on the page of "Corwen Ashby the
    # younger": the death is the namesake's, and the page's "he" after it is still the page's person; the
    # person's own act after his own death is still found
    # an act a generation outside a life, its year no one-digit slip of the birth's or death's ("born 1210 ...
    # On 15 August 1141 Ansel Corrabie met"): a namesake's, silent; a few years out, or one digit off (1480 and
    # 1580, 1650 and 1605), still found
    "namesake-gaps": {("ansel.wiki", 13, "out-of-range"), ("marta.md", 15, "after-end-of-entity"),
                      ("orrin.txt", 10, "after-end-of-entity"), ("wendel.txt", 10, "out-of-range")},
    # a person's two offices are two terms: a table of mayors' "1833–34" and a table of chairmen's "1836–1858",
    # and prose telling a term without its office ("retired as chairman in June 1858") that agrees with one of
    # them; a term told two ways within one office, or agreeing with none, still conflicts
    "two-offices": {("penhallow.txt", 6, "conflicting-date"), ("quell_bank.wiki", 17, "conflicting-date"),
                    ("quell_bank.wiki", 19, "conflicting-date"), ("quell_mayors.md", 10, "conflicting-date")},
    # an election or appointment "to" a body ("elected to the town council", "appointed to the board of the
    # Canal Company") is a seat in it, not the office the person's other election names ("his election in 1880"
    # as mayor, "elected mayor", "her election as Speaker"); a seat in one body dated two ways, and a seat the
    # page's own office field records, still conflict
    "seat-elections": {("corlen_lockout.txt", 17, "conflicting-date"), ("edda_quill.md", 13, "conflicting-date"),
                       ("harlow_cross.wiki", 10, "conflicting-date"), ("mira_vell.txt", 8, "conflicting-date"),
                       ("orrin_ledge.wiki", 12, "conflicting-date")},
    # a month with "the following year", "the next year", "the previous year" and no "of" ("disbanded in July the
    # following year", "founded in March the previous year") is dated in that year, not in the context year with the
    # phrase left over as a second date; the month dated that way still conflicts with another date of the event
    "month-next-year": {("orrin_field_unit.txt", 3, "conflicting-date"), ("oskar_brell.md", 9, "conflicting-date"),
                        # (the Wennick page's "AFTERMATH" heading and the sentence under it are a heading and its
                        # paragraph, no longer an image's name and caption: the pair is reported at line 3, noted at 7)
                        ("tarrow_choir.wiki", 9, "conflicting-date"), ("siege_of_wennick.txt", 3, "conflicting-date")},
    # a person named in full with a particle and a hyphenated or plain given name ("Anne-Lise van Orsdel", "Tobias de
    # Lanchy", "Jean-Marc du Fresnel") is the one a sentence's capitalised particle and surname stands for ("Van Orsdel
    # was hit ... and died", "De Lanchy fell at", "Du Fresnel was killed"): the full name acting after that death is
    # found; being mourned, remembered or named as a brother's kin is no act
    "particle-surname-after-death": {("siege_of_marrow_keep.txt", 6, "after-end-of-entity"),
                                     ("tobias_de_lanchy.md", 14, "after-end-of-entity"),
                                     ("jean_marc_du_fresnel.wiki", 12, "after-end-of-entity")},
    # a name goes on through two particles ("Adolfo de la Verrano", "Jan van der Molt", "Luise von der Tessen"):
    # its last word is not a bare surname of the dead namesake; the bare surname after the death still acts
    "particle-names": {("orvan_revolution.txt", 5, "after-end-of-entity"), ("molt_mill.md", 10, "after-end-of-entity"),
                       ("karl_tessen.wiki", 12, "after-end-of-entity"), ("hoek_lease.txt", 5, "after-end-of-entity")},
    # a bare year after "since" ("rebels who had fought them since 1995", "in use since 1840") looks back from the
    # story's time: it lends no year to the partial dates after it when the story is already later ("withdrew on
    # February 29" after "In February 2008"); a partial date invalid or wrong in the story's own year still fires
    "since-years": {("tarsk_border_war.txt", 3, "invalid-date"), ("weavers_guild.md", 8, "conflicting-date"),
                    ("odo_harl.wiki", 6, "conflicting-date"), ("tane_bridge.txt", 3, "weekday")},
    # a term's end told with the term's number ("stepped down (1880) after his first term", "at the end of her
    # first term", "after his first presidency") ends one of several terms, not the tenure a record or other
    # prose dates; the same end told without it still contradicts
    "numbered-terms": {("derro_republic.txt", 3, "conflicting-date"), ("ada_renn.md", 9, "conflicting-date"),
                       ("bran_voss.wiki", 10, "conflicting-date"), ("tarn_governors.txt", 3, "conflicting-date")},
    # an appointment or election to an honour ("appointed a Member of the Order of Tarn", "elected a Fellow of the
    # Harn Society", "appointed Knight Commander", "an honorary Fellow") starts no term; an office named in the same
    # sentence, or the honour's holder's own term dated two ways, still conflicts
    "honours": {("peter_amsel.txt", 3, "conflicting-date"), ("mara_quell.md", 9, "conflicting-date"),
                ("ambry_tarn.wiki", 10, "conflicting-date"), ("ilse_varn.txt", 3, "conflicting-date")},
    # a name the text itself gives as another form ("sometimes incorrectly referred to as Orvik Halson", "also
    # spelled Sella Marin", "known as Tobin Ashcraft", "née Ada Tessling") is declared, not drift; the same form
    # written later without the cue is still a misspelling
    "declared-names": {("orvik_halsen.txt", 5, "name-drift"), ("sella_marrin.md", 8, "name-drift"),
                       ("tobin_ashcroft.wiki", 9, "name-drift"), ("ada_tessing.txt", 3, "name-drift")},
    # one stem with the place-name endings -ton and -town (Marleston and the Marlestown peninsula, Kelston and
    # Kelstown, Brixton and Brixtown) is two places; a letter doubled or dropped in the stem is still a slip
    "place-endings": {("harn_rising.txt", 3, "name-drift"), ("kelston_mills.md", 6, "name-drift"),
                      ("brixton_siege.wiki", 8, "name-drift")},
    # a full name whose surname slips ("Osric Dannerby" then "Osric Danerby", each once; "Tobias Marrell" twice
    # then "Tobias Marrells") is one person spelled two ways; another given name with that surname (a cousin, a
    # son, a widow) is another person
    "surname-slips": {("lammerholt_rising.txt", 7, "name-drift"), ("quarlow_works.md", 13, "name-drift"),
                      ("hedda_quarlow.wiki", 8, "name-drift"), ("vellin_mill.md", 7, "name-drift"),
                      ("harrowmann_press.txt", 5, "name-drift")},
    # the surname of a person the infobox or front matter names, written once with a letter added at its end
    # ("Penhalle's companies" beside "Aurel Penhall" and "Penhall") or a letter changed inside a long one ("Kirrandal"
    # beside "| commander1 = Osvald Kirrendal" and the name in full) is a slip; a plural or possessive of the
    # surname, and a namesake written in full with the other spelling ("his cousin Mauritz Kirrandal"), are not
    "fielded-surname-slips": {("yarrow_fencibles.md", 12, "name-drift"), ("siege_of_fennmark.wiki", 12, "name-drift")},
    # a surname written once in a full name ("Marshal Ove Brandtsen") and at least twice alone a letter short or
    # with two letters swapped ("Brandsen", "Brandsen's") is one person spelled two ways; the other spelling in a
    # full name of its own (a namesake) or as a ship's name in italics is not
    "lone-surname-slips": {("hallsea_campaign.txt", 5, "name-drift"), ("tove_hellquist.md", 10, "name-drift")},
    # the surname of a person the page links by full name ("[[Raoul Despiney]]"), written once alone with one vowel
    # changed inside it ("Despinay", "Lindgeard's") is a slip: the link gives the spelling; a namesake in full
    # ("his cousin Maud Tarrobel"), a linked place of that spelling and a consonant changed (another name) are not
    # a party acting on another party's orders serves it ("on the orders of the Regency", "on the company's orders":
    # a noun in lower case is the one listed party whose name ends in it): listed on the other side, it is on both;
    # orders of its own side, and a noun two listed parties end in, are silent
    "orders-side": {("tannery_strike.md", 19, "side-conflict"), ("hessary_rising.wiki", 10, "side-conflict")},
    # a treaty's negotiators or signatories written a party to a line, each line closed by the party's name in
    # brackets ("[[A]], [[B]] (Vell)<br>[[C]] (Compact)", front matter "- A, B (Orm)") beside the parties one to a
    # line: each line's people are that party's side; a party's delegation or deputation "headed by" / "made up of"
    # people the other party's line lists puts them on both sides; each party's own people (also two owners'
    # lists in one sentence: "the League's was made up of A and B, and Orm's of C") are silent
    "party-lines": {("treaty_of_saltmere.wiki", 10, "side-conflict"), ("peace_of_orm.md", 15, "side-conflict")},
    # a front-matter mapping of side names to lists of names under a key that names the parties or a conflict
    # ("parties: {crown: [..], compact: [..]}", "succession_war: {loyalist: [..], rebel: [..]}") lists sides as
    # "sides:" does: one name in two of its lists is on both sides (plain text's "Parties (Crown): A, B" lines
    # too); a plain list of parties and a mapping of offices ("wardens", "clerks") are no sides
    "side-maps": {("truce_of_arnsby.md", 7, "side-conflict"), ("guild_of_carters.md", 6, "side-conflict"),
                  ("truce_of_helmsby.txt", 5, "side-conflict")},
    # a name's last vowel changed for another, once, beside the spelling the page writes at least three times, in the
    # same whole name ("Saint Rosalia Infirmary" beside "Saint Rosalie Infirmary" x3) or alone beside a linked
    # page's name ("crossed the Arvenna" beside "[[Battle of the Arvenne]]", "the Arvenne valley"): the ending
    # slipped; the other ending in another name ("Rosalia Street") or linked as its own page is not
    "vowel-ending-slips": {("rosalie_infirmary.txt", 8, "name-drift"), ("orrin_vask.wiki", 10, "name-drift"),
                           ("tamsine_academy.md", 12, "name-drift")},
    "linked-surname-slips": {("siege_of_corrowmere.wiki", 9, "name-drift"), ("velden_observatory.md", 16, "name-drift")},
    # a life in brackets after a name the verb takes ("On 4 May 1840 he married Tilda Fenn (1815–1881)", "In the
    # spring of 1851 she married Bram Holl (1819–1866)") is that person's birth and death, never the verb's date:
    # the sentence's own date dates the marriage, and another page's or sentence's other day still conflicts
    "bracketed-lives": {("orre_canal.md", 11, "conflicting-date"), ("wenna_strick.txt", 7, "conflicting-date")},
    # a birth or death a table row's note tells without naming whose ("| Hubert Vane || 1836–1858 || Quell
    # banker; knighted 1842; died 1864 |") is the row's person's, not the page's railway, ironworks or board
    "row-notes": {("quell_railway.wiki", 4, "after-end-of-entity"), ("brannock_ironworks.md", 8, "after-end-of-entity"),
                  ("wexley_saltery.md", 8, "after-end-of-entity"), ("orrel_harbour_board.wiki", 4, "out-of-range")},
    # a verb counted from another moment with a hedged offset ("the Harrat Ceasefire of 19 June 2341; the formal
    # peace ... was signed a little over three years later", "a bit over a year later") is not dated by the
    # sentence's earlier date; its own date, written beside the offset, still conflicts
    "offset-hedges": {("dravin_war.wiki", 4, "conflicting-date"), ("harl.md", 6, "conflicting-date"),
                      ("kessa.txt", 5, "conflicting-date"), ("vell.txt", 5, "conflicting-date")},
    # a day and month prose writes without a year ("was signed on 14 May in the chapter house", "on March 9")
    # after a paragraph of other years restates the event's own day: the reader's context year is not a
    # second date; the day with another year written out still conflicts
    "restated-days": {("treaty_of_varro_ring.txt", 10, "conflicting-date"), ("peace_of_wend.md", 13, "conflicting-date"),
                      ("accord_of_sallow.wiki", 10, "conflicting-date"), ("convention_of_orme.md", 13, "conflicting-date"),
                      # ... or refines a date known to the year ("The necrology gives his death day as 3 June")
                      ("abbot_ralf.md", 14, "conflicting-date"), ("prior_osgar.wiki", 10, "conflicting-date"),
                      ("reeve_hamon.txt", 10, "conflicting-date")},
    # a time of day in a field ("time = about 11.05 pm") is a moment, no count of "pm": a departure's clock time
    # in the prose ("left Dunmere at 10.20 pm") is no second value of it; a count the page restates wrongly
    # beside it is still found
    "clock-times": {("tarn_bridge.wiki", 12, "conflicting-value"), ("orme_mill_fire.md", 15, "conflicting-value"),
                    ("kessa_ferry.txt", 10, "conflicting-value"), ("wend_convoy.wiki", 7, "conflicting-value")},
    # "they" is never one person the text has called he or she, or told born or dead ("When Abbot Odo of Brisse
    # died in 1138 ... His knights held the gates, and in 1140 they laid siege"); the person named acting after
    # the death is still found
    "they-not-one": {("house_of_vell.wiki", 4, "after-end-of-entity"), ("dunmore_guild.md", 6, "after-end-of-entity"),
                     ("orrel_mutiny.txt", 5, "after-end-of-entity"), ("sallow_abbey.wiki", 4, "after-end-of-entity")},
    # names whose bracketed years follow on one another ("Engineer-in-chief: Idris Coyle (1836–1862); Walter Penn
    # (1862–1890)", "were Odo Brisse (1102–1120), Walter Marrow (1120–1138) and ...") are successive holders'
    # terms, not lives; bracketed lives that do not chain still give births and deaths
    "successive-holders": {("dunmere_railway.wiki", 4, "conflicting-date"), ("wexley_saltery.md", 6, "conflicting-date"),
                           ("orme_school.txt", 4, "conflicting-date"), ("abbots_of_fenn.md", 6, "conflicting-date")},
    # a date before a clause of its own ("from its incorporation in 1836 until the Orme Railway took it over in
    # 1899") does not date that clause's verb when the clause has its own date; that date still conflicts
    "clause-dates": {("dunmere.md", 6, "out-of-range"), ("kell_quay.wiki", 4, "out-of-range"),
                     ("abbey_mill.txt", 4, "out-of-range"), ("sallow_ferry.md", 6, "out-of-range")},
    "epithet-namesake": {("corwen.txt", 12, "after-end-of-entity"), ("edda.md", 14, "after-end-of-entity"),
                         ("tobias.wiki", 12, "after-end-of-entity"), ("halvard.txt", 12, "after-end-of-entity")},
    # a beginning's count ("the company began with nine masters", "had begun with a dozen members") is another
    # moment's than a field dated by its year; the dated count restated wrongly is still found
    "beginning-count": {("saddlers.wiki", 9, "conflicting-value"), ("lantern.md", 9, "conflicting-value"),
                        ("ferrymen.txt", 9, "conflicting-value"), ("choir.md", 9, "conflicting-value")},
    # a sentence's one date in a clause before "and <new subject> <verb>" does not date what follows ("paid its
    # last dividend in 1889 and its ships were sold off when it was dissolved"); a date after it still does
    "coordinated-date": {("ferry.txt", 8, "conflicting-date"), ("lodge.wiki", 9, "conflicting-date"),
                         ("ropewalk.md", 13, "conflicting-date"), ("tannery.md", 10, "conflicting-date")},
    # a title or kin word with a name ("King Osric", "Lord Carrow") tells the pronoun: "she" after his death
    # is someone else; his own "he" after it still acts after death
    "gendered-pronoun": {("ysolde.wiki", 10, "after-end-of-entity"), ("hobb.txt", 7, "after-end-of-entity")},
    # ", the Oddle Cut Company, and opened its first lock": the verb after a trailing "and" is the clause
    # subject's, not the apposed name's
    "trailing-and": {("tarn.md", 8, "out-of-range")},
    # a ruler by the bare name in one document ("his son Osmer was crowned", "Ysolde was crowned") and by the
    # numbered name in another ("Osmer II"): one person when the world numbers the name once (two Tollans stay
    # apart); a coronation in "the spring of 1521" is dated by its season
    "regnal-name": {("annals_of_brede.txt", 6, "conflicting-date"), ("orle.md", 7, "conflicting-date")},
    # an abdication ends the reign: a list's "Reign ended" and the prose's abdication are one event's dates
    "abdication-reign-end": {("dukes_of_perrow.wiki", 9, "conflicting-date"), ("halmar_iv.md", 10, "conflicting-date")},
    # a length written as an adjective ("a 14-year reign", "her thirty-five-year reign", "the seven-month
    # siege", "his forty year rule") measures the noun after it; a reign begun by proclamation or acclamation
    # ("was proclaimed king", "became queen") counts from then; a day count ("the two-day battle") is loose
    "compound-length": {("dunmore.txt", 10, "duration"), ("ysmay.md", 11, "duration"),
                        ("siege.wiki", 9, "duration"), ("tormund.wiki", 10, "duration")},
    # lengths in round units ("a decade", "over a decade", "two and a half centuries"), read as rounded figures
    "round-lengths": {("halda.md", 11, "duration"), ("marsh.wiki", 9, "duration"), ("vell.txt", 6, "duration")},
    # a work begun and finished in one sentence ("Work on the chapter house began in 1420; it was consecrated
    # in 1418"): its completion is not before its start; a completion without its own year is not compared
    "work-spans": {("chapter.md", 12, "ordering"), ("mole.txt", 5, "ordering"), ("frigate.wiki", 8, "ordering"),
                   ("nave.md", 7, "ordering")},
    # a thing's dated count in a field of its own page ("membership = 140 masters (1590)", "crew: 212 sailors
    # (1702)") against another document's count of the same noun and year in a sentence naming the thing; a
    # count of another year or of a thing the sentence does not name is silent
    # what a dated event happened to when the sentence names it by a pronoun or a past perfect: "It was opened
    # on D" under the heading of the thing or after a sentence describing it ("The Saltmere Lock is ..."), "the
    # guild had dismissed its warden X on D" (active: X was dismissed, not the guild)
    "event-referents": {("corder_guild.txt", 5, "conflicting-date"), ("vell_navigation.md", 7, "conflicting-date"),
                        ("ostry_family.md", 3, "conflicting-date")},
    # a breakdown's total told other than "figure noun:" right before its colon: in words ("one hundred and
    # twenty archers to the muster: 50 from ..."), past a count of something else ("960 hands across its four
    # sheds: 410 at ..., the remaining 230 ..."), without a noun ("now holds 31,000: 22,000 seated in the East,
    # West and North stands and 8,000 standing"), or a list's closing total in words ("seventy-five wheels in all")
    "told-breakdowns": {("muster.md", 10, "arithmetic"), ("weir_mill.txt", 6, "arithmetic"),
                        ("kettle_arena.wiki", 8, "arithmetic"), ("vessa_clock.wiki", 9, "arithmetic"),
                        ("cranes.txt", 9, "arithmetic")},
    # a total and its parts in one sentence, whatever form the figures take: in words ("forty-two men: eighteen
    # cutters, sixteen carters and eight smiths", "31 canons and 14 vicars choral, forty-five in all"), with a
    # currency sign ("£212 from Oxley, ... £420 in all", "raised $1,900: $1,100 from ..."), and after a list
    # item's own label ("- 1894: Of the 52 crossings logged, 30 were ..."); "the Four Mile house" and a partial
    # list ("including £400 from the guild") are silent
    "worded-breakdowns": {("oxley_levy.txt", 7, "arithmetic"), ("quarry_crews.md", 11, "arithmetic"),
                          ("choir_roll.wiki", 8, "arithmetic"), ("ferry_ledger.md", 8, "arithmetic"),
                          ("fund.txt", 5, "arithmetic")},
    # a list after a colon whose lead points back ("The register breaks them down by type:", "These were:", "His
    # list splits the total:") adds up to the count of the sentence before; a designation ("Skiff-2", "B-2") is
    # no count, and a partial list ("describes some of them: 40 Model-2 pumps and ...") is silent
    "referred-totals": {("skelby_yard.txt", 9, "arithmetic"), ("hesk_militia.md", 12, "arithmetic"),
                        ("oxley_parish.wiki", 8, "arithmetic"), ("tarn_train.md", 5, "arithmetic")},
    # a field's measure restated in prose, where it was missed: a value with a bracketed remark naming its
    # year ("31,450 (v Dunmore Town, 3 May 1950)", "15,380 (1901 census)"), a unit as a symbol or two words
    # ("3,700 km²", "7,300 square kilometres"), a number in apposition to the measure ("record attendance,
    # 34,150,", "a dial, seven braccia across,"), a count after "of" ("a complement of 498 officers"), and a
    # number in words read whole ("eight thousand men", never "eight")
    "field-restatements": {("harl_park.wiki", 10, "conflicting-value"), ("harl_park.wiki", 12, "conflicting-value"),
                           ("barlow_moor.txt", 10, "conflicting-value"), ("barlow_moor.txt", 12, "conflicting-value"),
                           ("tamsel.md", 13, "conflicting-value"), ("tamsel.md", 15, "conflicting-value"),
                           # a row of its own year in a named era ("| 434 AR | 318 |") against "in 434 AR ... 381 knights"
                           ("lance_order.md", 16, "conflicting-value")},
    # a birth told by a sentence opening "Born ... <date>," is the main clause's subject's ("he": the one person
    # the sentence before named in full; a name), a list item "Born <date> in <place>." under a section
    # heading naming a person is that person's birth, and an item opening with its verb ("Commanded Dorun 5;
    # killed with Kasimir Tolle ..., at the age of 35") that person's age (a companion after "with" is not)
    "fronted-births": {("telmark.txt", 10, "duration"), ("harl_rovers.md", 8, "duration"),
                       ("managers.wiki", 8, "conflicting-date"), ("corps.md", 14, "conflicting-date"),
                       ("corps.md", 8, "duration")},
    "cross-document-counts": {("orrick.md", 7, "conflicting-value"), ("tesk_company.txt", 6, "conflicting-value"),
                              ("kell_priory.wiki", 4, "conflicting-value")},
    # a named body's strength told in the prose of two documents ("the Lantern Company, 180 students" / "raised a
    # Lantern Company ... In all, 210 students marched"; "the 90 men of B Troop, 3rd Squadron" / "B Troop of the 3rd
    # Squadron ... its 96 men"): another troop, another squadron's B Troop, another year's company, a part of it
    # ("were captured") and the same count told alike stay silent
    "cross-document-group-counts": {("siege_of_marrow_keep.wiki", 9, "conflicting-value"),
                                    ("harl_lancers.wiki", 4, "conflicting-value")},
    # one month's cut or rise told as a share in two documents ("a twelve per cent cut in loom wages in March 1887" /
    # "on 14 March 1887 the board cut loom wages by 9 per cent"; "a 6% rise in harbour dues" / "raised harbour dues by
    # 5 per cent"): another month's or year's cut, a cut in other wages, and the same share told alike stay silent
    "cross-document-shares": {("weavers_strike_1887.md", 7, "conflicting-value"),
                              ("port_of_arle.wiki", 4, "conflicting-value")},
    # one day's dead told in two documents ("where on 9 May eleven dockers were shot dead" / "The firing at the yard
    # gate on 9 May 1904 ... seven men were killed"), met by the day and a name of the place or the troops they share;
    # the same toll told alike, another fight that day elsewhere, and "killed or wounded" stay silent
    "cross-document-day-tolls": {("orlen_strike.txt", 9, "conflicting-value"), ("kessby_riot.md", 7, "conflicting-value")},
    # a claimant whose name is also a side's ("side: Odo of Harl" in an order's wars) is still one person: his death
    # told on two pages is one death, whatever side statements of a party do
    "side-named-claimant-life": {("peace_of_kell.txt", 8, "conflicting-date")},
    # a school's alumni list giving a graduate's subject and years of study ("Mara Quellen (medicine, 1901–1906)") and
    # another page's "she graduated in medicine ... in 1905": the studies end with the graduation; a graduation in
    # another subject, or one whose subject is not said, is another fact
    "alumni-list-graduation": {("mara_quellen.md", 10, "conflicting-date"), ("tobin_asker.txt", 8, "conflicting-date")},
    # a name-valued relation (capital, founder, spouse, father) in a field against the prose or another page: a
    # capital stated for a time ("the capital until 1302", "provisional capital"), a co-founder, a second marriage
    # and the father's namesake son are silent
    "name-relations": {("orlemark.md", 15, "conflicting-relation"), ("pellard.txt", 4, "conflicting-relation"),
                       ("aldric.wiki", 11, "conflicting-relation"), ("kessary_history.wiki", 6, "conflicting-relation")},
    # a place a person comes from, was born or lies buried in, spelled a letter off in the prose ("Fallwater" for
    # the field's "Fellwater", "Kelsbrigde" for "birth_place = Kelsbridge, Vaurland"); the place told at another
    # grain ("Ambersey Harbour", "the minster at Harrowgate") or another person's place is silent
    "name-spellings": {("hobbin.md", 10, "conflicting-relation"), ("mereth.txt", 11, "conflicting-relation"),
                       ("ostrid.wiki", 10, "conflicting-relation"), ("wenna_sall.wiki", 10, "conflicting-relation")},
    # a measure written as an adjective ("the 86-foot nave vault", "Its 63-mile route", "Her 221-foot hull") of
    # the measured thing or of the page's own; an adjective of another thing ("a 3-mile feeder", "the 40-foot
    # chapter house beside the nave") is silent
    "unit-adjectives": {("hollin_line.md", 15, "conflicting-value"), ("osprey.wiki", 10, "conflicting-value"),
                        ("quay_road.txt", 10, "conflicting-value"), ("vell_minster.md", 15, "conflicting-value")},
    # a measure adjective of a definite thing that nothing sets apart ("ran the 56-mile main line", "The
    # 2,300-square-kilometre range is fenced", "sheathed the 221-foot hull") is the page's one field in that unit,
    # when close to it; "the 4-mile branch to Rathe", "the 40-square-kilometre firing ground beside the pads", "the
    # 30-foot launch" of a 212-foot ship and a page with two fields in feet are silent
    "definite-adjectives": {("tarrow_railway.wiki", 10, "conflicting-value"), ("orsk_range.txt", 9, "conflicting-value"),
                            ("heron.md", 15, "conflicting-value"), ("marrow_dam.md", 15, "conflicting-value")},
    # a timeline entry opening with its date ("**1647** - Death of X", "1649: Birth of X", "1702 – Execution of X")
    # dates the person's event; an anniversary of it ("Centenary of the death of X") or a kinsman's ("Arrest of
    # X's brother") and a work's title mid-entry ("The Death of Aud, an elegy") are silent
    "timeline-entries": {("foundry_timeline.md", 9, "conflicting-date"), ("pilots_chronology.txt", 3, "conflicting-date"),
                         ("tellan_chronicle.wiki", 5, "conflicting-date"), ("marsh_annals.md", 9, "conflicting-date")},
    # a span closed by an agreement ("Hostilities were closed by the Peace of Ormsby, signed on D", "brought to an
    # end by the Compact of Brede, sealed on D"): the span's end, told only of an event ("the road was closed by the
    # council" is no end of the road)
    "closed-by-event": {("ferries.wiki", 9, "ordering"), ("feud.md", 10, "ordering"), ("siege.txt", 10, "ordering")},
    # "Period: D1 - D2" on a page: the subject's own span, which its stated length measures
    "period-field": {("occupation.txt", 11, "duration"), ("feud.md", 10, "duration"),
                     ("interregnum.wiki", 8, "duration")},
    "part-of-span": {("fenwick.wiki", 10, "duration"), ("queen.md", 9, "duration"),
                     ("reedwar.txt", 7, "duration")},
    # a name given after someone ("their son, named Aldwin after his grandfather, was born in 1655", "christened
    # Mereth for her grandmother") is a namesake's, not the page person's; a bare name the world also gives with an
    # epithet ("Hale the Elder", "Hale the Younger", "Hale III") is no one in particular; the person's own act
    # after death is still found
    "given-namesakes": {("brask.txt", 11, "after-end-of-entity"), ("mereth.md", 8, "after-end-of-entity"),
                        ("tobin.wiki", 7, "after-end-of-entity"), ("pellow_family.md", 9, "after-end-of-entity")},
    # who a pronoun is: "it" is never a person ("By Alric's death ... The order ... It lost"); "his death" after
    # "her father's trade" in the sentence before is the father's; a sentence opening with a name and a verb the
    # reader does not know ("Wenn Calder never pressed his claim. He died") makes that name the next "he"; a
    # person named as an owner ("Piers Oldcastle's pension was paid until his death") owns the "his"
    "pronoun-referents": {("ysolt.md", 14, "after-end-of-entity"), ("ash_key.wiki", 7, "after-end-of-entity"),
                          ("amberley.txt", 7, "after-end-of-entity"), ("wendle.md", 7, "after-end-of-entity"),
                          ("calloway.wiki", 10, "after-end-of-entity"), ("saltway.txt", 10, "after-end-of-entity")},
    # stages of one beginning or end are several moments: a generic "start" field beside "opened" (the work begun,
    # then the opening), a closing of a part ("The dye-house closed in 1913, ..., in 1922, when the company was
    # wound up": the "when" clause takes the date before it), prose term ends of a person whose fields give two
    # careers (a player's retirement, a manager's resignation); the opening or the winding up dated two ways
    # still conflicts
    "event-stages": {("harle_tunnel.wiki", 11, "conflicting-date"), ("quell_road.md", 3, "conflicting-date"),
                     ("tollery_mill.txt", 9, "conflicting-date"), ("osk_cloth.txt", 5, "conflicting-date"),
                     ("brannoch.wiki", 15, "after-end-of-entity")},
    # numbers of different things: a field's count meets the prose number whose own phrase says the field's
    # distinguishing word ("twelve league titles and five cup wins"); a number in a name ("Kestrel 9", "Pad 2") is
    # no count; a length after "after" ("after three years of talks") led up to the dated event
    "value-identity": {("harriers.wiki", 8, "conflicting-value"), ("kerrow_range.txt", 9, "conflicting-value"),
                       ("vessel_treaty.wiki", 10, "duration")},
    # a figure with a scale word ("2.7 million (2339)", "The Reach's 2.9 million inhabitants", "1.3 million copies")
    # is one figure (2,900,000), and a possessive before it names whose it is, not a numbered name ("Pad 1")
    "scaled-figures": {("hollin_reach.wiki", 10, "conflicting-value"), ("tarsk_isle.md", 9, "conflicting-value"),
                       ("orme_gazette.txt", 7, "conflicting-value"), ("vessa_delta.wiki", 7, "conflicting-value")},
    # a named part of a side's strength in a field ("strength2 = 2,000 Dunmarch<br>5,000 Sellish", "6 fire drakes")
    # counted again as a whole in the prose ("The seven thousand Sellish", "Of the eight fire drakes", "with 3,000
    # Vennish", "The Regent's 7,500 Marcheners"); its losses, an addition, another year's and a label both sides
    # share are silent
    "labelled-parts": {("harrow_war.wiki", 14, "conflicting-value"), ("drake_war.wiki", 14, "conflicting-value"),
                       ("vennish_revolt.wiki", 11, "conflicting-value"), ("tessel_war.md", 12, "conflicting-value")},
    # an event's page (fields dating it within a year: a strike, a siege, a collision) gives its undated figures
    # for the event's own time, so a sentence dated within it restates them ("On the morning of 3 June 1880 the
    # 1,410 strikers", "carrying 240 passengers"); a sentence of another year, and a body's page of many years
    # ("In 1860 the company had 300 employees"), are silent
    "event-fields": {("orrin_strike.txt", 10, "conflicting-value"), ("wenlow_collision.wiki", 8, "conflicting-value"),
                     ("siege_of_dunmere.md", 11, "conflicting-value")},
    # a named thing's size bound to its name, as an adjective ("the 11 kg Lantern 1", "the 95-foot Kell Tower") or in
    # apposition ("Lantern 1, a 14-kilogram sphere", "the Corrowmarsh, some six hundred acres"), against another
    # such or a field of the thing's own page, in this or another document; a distance ("Kell Tower, some 300 feet
    # inland"), a change of size ("lengthened", "raised to") and another name's size are silent
    "owned-sizes": {("orbit_race.wiki", 4, "conflicting-value"), ("dunsel_abbey.md", 9, "conflicting-value"),
                    ("kell_harbour.wiki", 7, "conflicting-value")},
    # what an event happened to: a participle after a description of the sentence's subject ("X is a hotel at the
    # edge of Y village, opened in 1902") is X's; a name and the nouns after it that begin the page's title ("The
    # Hollin branch ... It opened") are the page's subject
    # "son of the founder Anselm, the guild rebuilt": names split by a comma with no "and" are no list of doers;
    # the verb's subject is the name after the comma; the founder's own act after death is still found
    "comma-subjects": {("ropers.wiki", 8, "after-end-of-entity"), ("tanners.md", 7, "after-end-of-entity"),
                       ("weir_trust.txt", 5, "after-end-of-entity"), ("bellmen.md", 5, "after-end-of-entity")},
    # a signature told by an idiom ("put his name to the treaty", "set her hand to the charter", "set his name to
    # the petition") is an act: one dated after the signer's death is found; one before it is silent
    "signing-idioms": {("orsel.wiki", 10, "after-end-of-entity"), ("mirelle.md", 10, "after-end-of-entity"),
                       ("garrow.txt", 8, "after-end-of-entity"), ("vell_treaty.md", 9, "after-end-of-entity")},
    "event-themes": {("hollin-branch.md", 5, "conflicting-date"), ("orlby.txt", 3, "conflicting-date"),
                     ("saltby_cut.txt", 3, "conflicting-date")},
    # a party a side list names, placed at the other side by a phrase without a verb of joining ("the Callow
    # crossbowmen, then in Queen Ysolde's service", "stayed loyal to Prior Osbert throughout", "Count Ferrand's two
    # captains, Sir Giles Amory and Lenz Harder", "Among the witnesses for Lisk was", "the Abbey of Crale, the
    # League's firmest ally", "an ally of Vell", "a company of Quenby crossbowmen was listed among Vell's troops",
    # "Ugo Berra commanded Vell's besieging host", "testified for the claimant" (a witness table's column),
    # "fought in the Orvane line" and "its galleys sailed in Sarn's
    # line" on the party's own page against the war page's "combatant2a" or undated listing); a dated switch, a
    # captured force, prisoners, an envoy or hostage, a person "of" the place, a unit named after a place, a
    # namesake, a mercenary's two dated services and an act after the war are silent
    # a listed party's force placed in the other side's formation, whatever the verb: "sailing that spring under
    # Dorvel's colours", "with the Lennow Reach levies ... holding the Assembly's right flank", "Brask frigates also
    # fought alongside the Marn rearguard" (the force's place the first word of the listed "Brask Company"),
    # "then steaming with the Marn squadron" inside the listed period; and a lending verb's first object
    # ("Varrow lent Tollin three batteries"); its own side's formation, an attack on the other's, a clash, a
    # captured force, prisoners under guard, envoys under a flag of truce, a faction's exiles, a person "a Brask
    # captain", an act before joining, after a dated switch (listed, or told in prose: "changed sides") or after
    # the war are silent
    "side-formations": {("war_of_the_reeds.wiki", 9, "side-conflict"), ("tarn_flats_rising.md", 12, "side-conflict"),
                        ("war_of_the_kessel_straits.txt", 16, "side-conflict"), ("selm_border_war.wiki", 9, "side-conflict"),
                        ("halm_straits_war.md", 18, "side-conflict"), ("war_of_the_marsh_channels.txt", 16, "side-conflict")},
    # a party another page lists, acting on a page that lists no sides: its body named by the party ("Guild
    # carters" of the linked [[Fenmoor Carters' Guild]], "the [[Pell Reach]] militia", "Holt League barges")
    # in the other side's formation ("kept Marl's besieging columns supplied", "held the Marn left flank",
    # "sailing that summer under Vell's colours"), dated within the war; its own side's, an attack, another
    # war's, an act after the peace or "long before" (not dated by its paragraph) are silent
    "side-linked": {("ilsa_varn.wiki", 5, "side-conflict"), ("corin_vass.wiki", 3, "side-conflict"),
                    ("tam_ruddock.md", 5, "side-conflict")},
    # a party told loyal to one side for a whole conflict ("fought for Tessendorf from the first month of the Wool
    # War to its last", "stayed Ardmere's ally from the first week of the war to the armistice", "Throughout the
    # war ... stayed loyal to Orvane"), listed or not, and on the same page acting at a date within the war for
    # the side set against it (by a war page's side lists, or by the text: "Ardmere and Sollvik fought together
    # against Brannia", "fought its only foreign war against the Kingdom of Vesselle" with the war's dates):
    # its own side's act, an act after the war, envoys, prisoners, deserters, the captured, a neutral's or a
    # native's act, an opposition with no end told are silent
    "side-loyal": {("burgesses_of_marrick.txt", 5, "side-conflict"), ("ardmere_survey_society.wiki", 8, "side-conflict"),
                   ("commonwealth_of_varde.md", 12, "side-conflict"), ("salt_war.txt", 7, "side-conflict")},
    # side lists written as "<label>: A, B," lines whose list wraps onto indented lines, labels naming their side
    # in brackets ("For the motion (Vessen):", "Against (Harl):", "For the defence (Ressel):"): a party in both
    # blocs is on both sides; blocs apart, or a later vote told in prose, are silent
    # a side's roster ("Tobin's host of about 9,000 was made up of the Carn knights, ... and the Lisk spears", "Fenn's
    # lay protectors, Lord Aske and Earl Edwy,", "The Margrave's troops that day were ...") puts each party it names
    # on the owner's side at the date of its sentence, else of the event its section told last; a party listed
    # for the other side then is on both ("left Tobin Carn" before it is no excuse to serve Tobin again); a roster
    # of its own side, of a time before a dated switch, "Fenn's enemies", "X's army was beaten by Y" are silent
    "side-rosters": {("war_of_the_tarrin_crown.md", 23, "side-conflict"), ("the_harrow_schism.wiki", 10, "side-conflict"),
                     ("siege_of_quenby.txt", 9, "side-conflict")},
    "side-lists-wrapped": {("harbour_board_vote.txt", 8, "side-conflict"), ("council_of_orm.md", 9, "side-conflict"),
                           ("trial_of_anna_ressel.wiki", 6, "side-conflict")},
    # a date that opens a span ("from his election in 1760", "from 1880") never dates the clause an "until" closes it
    # with ("until the Compact ceased to exist", "till the Union was wound up"): that end is undated, so the body's
    # acts before its field's dissolution are silent; an act after the field's dissolution is still found
    "until-span-start": {("compact.md", 13, "after-end-of-entity"), ("synod.wiki", 11, "after-end-of-entity")},
    # a bare standing organ ("The Diet met", "the Assembly met", "The Committee sat") on the page of a body with a
    # dissolution is the body's own and cannot sit after its end; one sitting before it, remembered after it,
    # another body's organ named on the page ("the Chamber of Peers") or a council on a person's page are silent
    "own-organ-after-end": {("league.md", 14, "after-end-of-entity"), ("abbey.wiki", 10, "after-end-of-entity"),
                            ("guild.txt", 10, "after-end-of-entity")},
    # a crowd's act tied to a strike or rising ("the biggest rally of the lockout", "the last procession of the
    # rising", "the first demonstration of the strike") is an event of it, so it is dated inside its span; also
    # on the page whose text names the period shorter than its title ("General Strike" on the General Strike of
    # 1910's page); one inside the span, or "in memory of the lockout" years later, is silent
    "crowd-events": {("lockout.md", 10, "out-of-range"), ("rising.txt", 8, "out-of-range"),
                     ("walkout.wiki", 9, "out-of-range")},
    # a passive whose doer is the page's own body by its kind noun ("was placed by the company in 1915", whatever
    # the verb) is the body's act, so one after its dissolution is found; one before it, or by another ("by the
    # liquidators", "by the city", "by the county") is silent
    "passive-own-body": {("tramways.txt", 10, "after-end-of-entity"), ("canal.md", 11, "after-end-of-entity"),
                         ("press.wiki", 9, "after-end-of-entity")},
    # an act told "as a member of" a body in an aside ("in 1714 Kesh, as a member of the Compact, refused", "Sollen,
    # then a member of the Pact of Harl, fitted out", "Brell, as a member of the Tessary Union, voted") dated before
    # the party's dated joining of that body; one after it, "not yet a member", "a former member" are silent
    "member-before-joining": {("compact.md", 16, "out-of-range"), ("pact.wiki", 10, "out-of-range"),
                              ("union.txt", 11, "out-of-range")},
    "side-phrases": {("siege_of_dunfold.wiki", 12, "side-conflict"), ("harle_schism.md", 8, "side-conflict"),
                     ("river_war.txt", 11, "side-conflict"), ("harrow_v_lisk.wiki", 3, "side-conflict"),
                     ("tessels_rest.md", 6, "side-conflict"), ("war_of_the_fens.wiki", 11, "side-conflict"),
                     ("salt_towns_revolt.md", 11, "side-conflict"), ("war_of_the_straits.wiki", 11, "side-conflict"),
                     ("war_of_the_straits.wiki", 13, "side-conflict"), ("war_of_the_straits.wiki", 15, "side-conflict"),
                     ("free_port_of_brenmoor.md", 5, "side-conflict"), ("orme_v_castell.md", 10, "side-conflict")},
    # a place named alone ("Wenmark declared war", "Halden sent three ships") is not the body named "<head> of
    # <place>" on its page ("Radical Party of Wenmark (RPW)", "Harbour Company of Halden (HCH)"): the country acts
    # before the party's founding silently; the body itself, by its acronym, acting before it was founded is still found
    "place-after-of": {("corvel.wiki", 8, "out-of-range"), ("halden.txt", 5, "out-of-range"),
                       ("olvenna.md", 13, "out-of-range"), ("wenmark.wiki", 15, "out-of-range")},
    # a kinsman said to bear the name again ("the baron's son, also named Hollen,", "his son, also Edwin Marlowe,
    # who", "her grandson, likewise named Orrin,") is a namesake: his acts after the first bearer's death are
    # silent; the first bearer's own act after it, by the full name, is still found
    "also-named": {("varrick.wiki", 7, "after-end-of-entity"), ("tolland.md", 12, "after-end-of-entity"),
                   ("abbess.txt", 7, "after-end-of-entity"), ("pelham.md", 7, "after-end-of-entity")},
    # a person's property or followers named by the name ("the Draymoor lands were divided", "the Marrow lands
    # passed": a verb form in -s right before another verb is a plural noun, no landing; "the Caskell partisans
    # held out", "Ulvercote's riders burned": a group noun after the name) may outlast the person; the person's
    # own act after the death is still found
    "name-modifiers": {("caskell.txt", 7, "after-end-of-entity"), ("draymoor.md", 7, "after-end-of-entity"),
                       ("marrow.md", 10, "after-end-of-entity"), ("ulvercote.wiki", 6, "after-end-of-entity")},
    # a switch of sides told on the day, month or year a listing ends ("Brisk Militia (to 12 January 1821)" and
    # "On 12 January 1821 the Brisk Militia ... joins the Kingdom of Harn"; "(until 1413)" and "In April 1413")
    # is that end; "Tarrow renounces the Compact and joins the Crown" (a verb the vocabulary does not know) is
    # Tarrow's joining, not the Compact's; a switch told a year before the listing ends is still found
    "switch-at-end": {("brisk_militia.txt", 5, "side-conflict"), ("sallow_towns.md", 3, "side-conflict"),
                      ("salt_war.wiki", 9, "side-conflict"), ("toll_war.wiki", 15, "side-conflict")},
    # a kin noun before the given name of the page's person ("- **1862** – son Jonas born", "His son Edric was
    # born in 1741", "Her daughter Ada was born in 1795" on Jonas Tarrant's, Edric Vallance's, Ada Marsh's page)
    # names a namesake child: no second birth of the page's person; an act of the person before the birth the
    # page gives is still found
    "own-kin": {("tolland.md", 8, "out-of-range"), ("edric.wiki", 3, "out-of-range"), ("ada.txt", 5, "out-of-range"),
                ("osric.md", 3, "out-of-range")},
    # "Halse was president until his death in 1888", "Varga led the guild until her death": the owner of the death
    # is the clause's own subject, named by the surname of a full name met before (Birger Halse), not the person
    # the sentence before introduced with dates; a death that contradicts the owner's own dates is still found
    "named-owner": {("orm_union.txt", 7, "conflicting-date"), ("tarn_guild.md", 8, "conflicting-date"),
                    ("wend_press.wiki", 5, "conflicting-date"), ("sallow_school.md", 5, "conflicting-date")},
    # under a heading that names a person ("### Hendrik Varrow the Elder (1583–1649)", an epithet after "the"
    # part of the name), a "he" after a wife's death told in a relative clause ("Married first ... Grete Baerle,
    # who died in childbed in 1615") is the heading's person, not the dead wife; his own act after his death
    # is still found
    # a date after "from" or "until" bounds its own clause's state; a sentence-opening "When/Once X was wound up"
    # clause, closed by a subject pronoun with its own verb even with no comma, takes no date from it ("When the
    # firm was wound up he stayed on from January 1952"); a date inside that clause still dates the winding-up
    "from-bound": {("orm_aviation.md", 9, "conflicting-date"), ("quell_guild.txt", 5, "conflicting-date"),
                   ("harl_society.wiki", 4, "conflicting-date"), ("venn_mill.md", 5, "conflicting-date")},
    "heading-pronoun": {("varrow_family.md", 11, "after-end-of-entity"), ("quell_house.md", 9, "after-end-of-entity"),
                        ("tessel_family.wiki", 4, "after-end-of-entity"),
                        ("brannock_family.md", 7, "after-end-of-entity")},
    # a regent rules in another's name: acting as regent (or "Regent Osric sealed") before one's own reign (a
    # Reign column, crowned ... abdicated, "Duke Osric ruled 1431-1450") is no act of that reign; an act as
    # queen or duke before the reign, and an act as regent after a recorded regency ended, are still found
    # a subject pronoun read as no one is still its clause's subject ("He married Maud in 1212; she bore him an
    # heir and died in 1226": "and died" is hers, not his), and a "she" after a he-subject is the one person the
    # sentence named before it who may be "she": her death conflicts with her own dates, his own "he ... and
    # died" with his
    "male-not-she": {("osbert_fenwick.txt", 4, "conflicting-date"), ("anselm_drury.wiki", 10, "conflicting-date"),
                     ("carrow_manor.md", 13, "conflicting-date"), ("wennick_family.md", 8, "conflicting-date")},
    # a name inside a reduced relative clause ("the garrison Brandt left in Vennick ... had fought", "the mill
    # Fenn built at Wray burned down") is not the sentence's subject, and "it" after it is the noun, not the name;
    # the named person's own act in the same place is still read
    "reduced-relative-name": {("delta_war.wiki", 12, "side-conflict"), ("aldo_fenn.txt", 8, "after-end-of-entity"),
                              ("orla_vask.md", 11, "after-end-of-entity"), ("tarn_war.md", 13, "side-conflict")},
    # an act told in brackets with no subject of its own ("the Council (by then chaired by X) named", "the guild
    # (then led by Y)") is the bracketed noun's, not the clause subject's; the subject's own act beside a bracket
    # is still read
    "parenthetical-agent": {("lysa_varro.md", 11, "after-end-of-entity"), ("orm_bridges.md", 7, "after-end-of-entity"),
                            ("orm_canal_company.wiki", 9, "after-end-of-entity"),
                            ("tomas_brenn.txt", 7, "after-end-of-entity")},
    # a count of those left, saved or moved of a part ("the remaining 2,269 residents were moved", "the surviving
    # 310 inhabitants of the ward") is not the page's population, nor is a field that dates it ("population_as_of
    # = 2440") a count; the whole restated otherwise in the same page still conflicts
    "remaining-residents": {("tessaly_colony.wiki", 7, "conflicting-value"), ("harl_town.md", 8, "conflicting-value"),
                            ("skerra_island.md", 6, "conflicting-value"), ("wenlow.md", 7, "conflicting-value")},
    # "it was X, not Y, who/that ...": the name set aside by "not" is no antecedent of the relative and no doer
    # (a probe world's "it was the Commissioners, not the Board, who paid for his funeral in 1866" after the Board's
    # end); "it was the Board, not the Trust, that rebuilt" still makes the Board act
    "negated-antecedent": {("harbour_board.wiki", 10, "after-end-of-entity"), ("orm_mill.txt", 7, "after-end-of-entity"),
                           ("tessa_vell.md", 11, "after-end-of-entity"), ("vell_lodge.md", 12, "after-end-of-entity")},
    # under a heading that names a person ("## Wenna Holt (1770–1841)", "=== Isolde Marr ===" once the section named
    # her), a he/she with no subject yet in its paragraph is that person, not the last person of their sex the
    # paragraph before named; a "he" after "her husband" is the husband, whom the text does not name
    "section-person-pronoun": {("skerry_keepers.md", 5, "conflicting-date"), ("kell_light.wiki", 11, "after-end-of-entity"),
                               ("orm_abbots.md", 5, "conflicting-date"), ("harl_wardens.md", 6, "after-end-of-entity")},
    # a namesake's own life in brackets ("His only son, also named Josiah Tarrant (1741–1802)", "His son Henrik
    # (1852-1900)" on Henrik's page) is not the life of the person the name stands for: the namesake is marked
    # before brackets of dates are read; the person's own dates that disagree still conflict
    # one name two people of a world bear, a generation apart (a grandfather and the grandson named after him,
    # told apart by a birth in the name's qualifier: "X (born 1941)", "X (b. 1941)"): a fact goes to one of them
    # only by a birth on its own line or row, or a date inside one life only, else to neither; so the grandson's
    # birth is no second birth and his acts are no dead man's; each one's own contradiction is still found
    "namesake-generations": {("verrill_family.md", 9, "after-end-of-entity"), ("verrill_family.md", 13, "duration"),
                             ("harrowmouth_harbour.wiki", 6, "duration")},
    "namesake-lifespan": {("harl_college.wiki", 9, "conflicting-date"), ("wenna_holt.md", 8, "conflicting-date"),
                          ("henrik_salt.txt", 7, "conflicting-date"), ("quarrel_family.md", 4, "conflicting-date")},
    # one who married more than once ("married again in 1801", "married secondly, in 1809") may be widowed before
    # a marriage (the later one): a widowhood is then ordered against none; with one marriage it still is
    # and a marriage told after the widowhood ("She was widowed in 1171 and married Piers Olm in 1175", "Widowed in
    # 1830, Sabeth married the bookseller in 1834") is a later one; a widowhood told after the one marriage and
    # dated before it still is out of order
    "widowed-remarried": {("ada_voss.txt", 7, "ordering"), ("orla_brenn.txt", 5, "ordering"),
                          ("sabeth_orn.md", 5, "ordering")},
    "regency-not-reign": {("varnhold.wiki", 4, "out-of-range"), ("calloway_queens.md", 9, "out-of-range"),
                          ("merrow_march.txt", 6, "out-of-range"), ("corvina_of_aske.wiki", 9, "out-of-range")},
    # a person a kin word or title tells ("His first wife, the engraver X,", "X, his cousin's widow,", "X (her
    # second husband)", "The queen consort X", "His wife of twenty years, X") is never the other pronoun: the
    # "he" after her death is still the man, whose own act after his death is found
    "female-kin-not-he": {("redell_press.md", 11, "after-end-of-entity"),
                          ("tarle_yard.wiki", 9, "after-end-of-entity"),
                          ("holm_waterworks.txt", 9, "after-end-of-entity"),
                          ("kings_of_amber.md", 5, "after-end-of-entity"),
                          # "His father, X, had been in the band when she joined in 1926 and had died in 1940": a
                          # pluperfect after an opener in the simple past is the main clause's (X's death), not "she"'s
                          ("della_voss.md", 11, "conflicting-date")},
    # a clause with its own subject after ";", ":" or ", and" ("Halloran resigned as chairman; Vesey retired in
    # 1937", "was dissolved, and the old lamp-room was pulled down in 1891") keeps its date: the clause before
    # is undated; a date in that clause itself still conflicts
    "semicolon-subject": {("odo_halloran.wiki", 12, "conflicting-date"), ("orm_society.md", 12, "conflicting-date"),
                          ("ansel_crewe.txt", 10, "conflicting-date"), ("maren_solt.md", 13, "conflicting-date")},
    # a pronoun in a list item of people is that item's person (the name the item opens with) and never a
    # sibling item's ("- Widowed in 1915. He remarried in 1921" after "- **Odo Fenn** (1850–1919)"); a sub-item
    # keeps its parent item's person, and an item's own person acting after death is found
    "list-item-pronoun": {("fenn_family.md", 8, "after-end-of-entity"), ("varn_wardens.wiki", 5, "after-end-of-entity"),
                          ("orm_masons.txt", 6, "after-end-of-entity"), ("tull_family.md", 8, "after-end-of-entity"),
                          # a description (": He ...") under a term ("; Odo Holm (1850–1919)") is the term's
                          ("holm_family.wiki", 5, "after-end-of-entity")},
    # in "After/Once X was V-ed, S V2 ... D" the date is the main clause's ("After the Society was dissolved they
    # continued to meet from 1 October 1879"), not the opener's event, and after "When" a bound of the main
    # clause's state is ("..., its clerks kept the canal open until 1862"); a date inside the opener still is
    "subordinate-after-clause": {("vell_glee_society.wiki", 9, "conflicting-date"), ("orm_choir.md", 12, "conflicting-date"),
                                 ("tarn_canal_company.txt", 10, "conflicting-date"),
                                 ("edda_marl.wiki", 10, "conflicting-date")},
    # an act tied to a period by the text's structure is measured against the period's dates: "During the Ostrel
    # War, in the spring of 1707," (the date in the same phrase), a table row "Last ambush of the rising" or, on the
    # period's page, "Skirmish at Holm Reef: ..." dated by its date cell, a list after "Events of the war include:"
    # under the war's dated heading; an event on the period's own page against that page's dates, not another
    # page's looser bracket. "During the war ...; in 1707 she ...", "After the war, in 1707", a treaty's
    # ratification row, a list after another lead-in stay untied
    "period-ties": {("wenna_tarrow.md", 5, "out-of-range"), ("sallow_rising.wiki", 16, "out-of-range"),
                    ("tessel_blockade.md", 17, "out-of-range"), ("kingdom_of_orvane.md", 9, "out-of-range"),
                    ("holt_war.wiki", 14, "out-of-range"), ("oskar_brell.txt", 8, "out-of-range")},
    # a name a table or a field writes after a title or an honorific ("Dr Edmund Larrow", "Ser Hal Brannock",
    # "Admiral Cuthbert Lisle", "Constable Amos Ferrant") is the person the prose names bare, so the term or
    # the life in the table bounds the prose's acts; acts inside them stay silent
    "titled-names": {("orrin_college.wiki", 15, "out-of-range"), ("polar_society.md", 8, "out-of-range"),
                     ("tallow_watch.txt", 7, "after-end-of-entity"), ("thorn_order.md", 14, "after-end-of-entity")},
    # a register's "(d. 1185)" after a name is that person's death, without a "b." beside it ("**Anselm Tey** (d. 4
    # May 1162)", "[[Harl Brenn]] (d. 1290) – marshal", "Sir Mathis Corve (d. 1402), who held the ford")
    "died-abbreviation": {("abbots_of_morrow_fen.md", 10, "conflicting-date"), ("harl_brenn_host.wiki", 4, "conflicting-date"),
                          ("corve_register.txt", 7, "after-end-of-entity"), ("sarn_mill.md", 6, "after-end-of-entity")},
    # a person made an office-holder "as <office>" takes office that day: "the Board confirmed her as principal
    # keeper on D", "hired Lena Fask, a radio mechanic, as chief engineer on D", "engaged him as warden", "was sworn
    # in as Administrator on D"; "confirmed the charter", "hired a ship" name no office
    "made-office": {("ann_tarrow.md", 9, "conflicting-date"), ("mira_selt.wiki", 9, "conflicting-date"),
                    ("orrin_dale.txt", 8, "conflicting-date"), ("tillan_recording_company.wiki", 3, "conflicting-date")},
    # a field's event told by another verb of the same act: a light "first lit" is "first exhibited" or "first shown",
    # a launch "went up" or "lifted off"
    "field-event-words": {("tarrow_head_light.wiki", 8, "conflicting-date"), ("varda_station.md", 9, "conflicting-date"),
                          ("gannet_skerry_light.md", 7, "conflicting-date"), ("orsk_7.wiki", 8, "conflicting-date")},
    # "the Society", "the Company", "the Board", "the Guild" on a body's own page is that body, though other pages
    # give the short name to bodies of their own
    "own-short-name": {("varrel_geographic_society.wiki", 8, "conflicting-date"), ("osk_river_company.md", 9, "conflicting-date"),
                       ("tarrant_lights_board.txt", 7, "conflicting-date"), ("guild_of_osier_weavers.wiki", 8, "conflicting-date")},
    # a plain-text title in capitals, with its lifespan in brackets ("ODO MARREN FELL (1701-1766)", "THE SALT RIOT"),
    # names the page's subject as the body and other pages write it; a capitals heading ("EARLY LIFE") names no one,
    # so the "He" that opens its section on a person's page is that person
    "capital-titles": {("odo_marren_fell.txt", 14, "conflicting-date"), ("ilse_varrow.txt", 12, "conflicting-date"),
                       ("tarn_market.md", 5, "conflicting-date"), ("tarn_harbour.wiki", 3, "conflicting-date")},
    # a party's ratification of a treaty is a later act on it, not the day it was signed ("The Union Assembly ratified
    # the treaty on 14 January 2345" beside "Signed: 2 October 2344"); a second signing date still is
    "ratified-not-signed": {("treaty_of_orm_sound.txt", 8, "conflicting-date"), ("kell_convention.md", 7, "conflicting-date")},
    # a count of one stretch or side of a thing ("climbs 18 locks to the summit", "7 inclines on its north side"), or
    # a figure in a list item led by another thing's name ("Tamsey Cell: all four monks died"), is a part of the
    # field's whole, not a restatement of it; a count of the whole that differs still is
    "stretch-counts": {("harle_navigation.wiki", 9, "conflicting-value"), ("vell_abbey.md", 8, "conflicting-value"),
                       ("kessel_line.txt", 9, "conflicting-value")},
    # a later act of a body passed by the same kind of instrument ("the purchase bill received the royal assent",
    # "an act to extend the quays", "the sale bill") is not its founding; the founding bill's assent still is
    "later-instruments": {("orrin_valley_railway.wiki", 9, "conflicting-date"),
                          ("tesk_harbour_trust.md", 11, "conflicting-date"),
                          ("dunmore_water_company.txt", 9, "conflicting-date")},
    # an age told with one act and followed by another verb ("installed as Warden at the age of thirty-two and ruled
    # until her death") is the age at the first act, not at the death; an age told with the death still is
    "age-at-act": {("wardens_of_hollin.md", 8, "duration"), ("oswin_tarley.txt", 5, "duration"),
                   ("abbess_maud.wiki", 6, "duration")},
    # a figure field of its own year ("Population (1901): 640", "1,210 (1881 census)") and a count of another year's
    # census ("The 1921 census counted 3,105 residents") are two values; the same year's census still conflicts
    "census-years": {("brackwater.md", 6, "conflicting-value"), ("orrin_ford.wiki", 5, "conflicting-value"),
                     ("sallow_quay.txt", 8, "conflicting-value")},
    # a total whose list opens with named single members ("the Governor-General, the Director of Trade, four
    # ordinary councillors and two extraordinary councillors, eight members in all") counts each of them once
    "single-members": {("council_of_vessary.txt", 3, "arithmetic"), ("synod_of_arle.md", 3, "arithmetic"),
                       ("tesk_board.wiki", 4, "arithmetic")},
    # "The younger Tobin Hask", "Joos K. the Younger" (an initial before the epithet) are namesakes of the dead man,
    # not he; the man himself named acting after his death still is
    "younger-namesakes": {("orrin_bridge.md", 5, "after-end-of-entity"), ("sallow_mill.wiki", 4, "after-end-of-entity"),
                          ("painters_of_vell.txt", 3, "after-end-of-entity")},
    # a length of rule ("governed for twelve years") ends at the retirement or resignation the text tells, not at
    # the death years later; one that does not fit the retirement still conflicts
    "retired-terms": {("governors_of_tessa.txt", 3, "duration"), ("ysolde_dray.md", 8, "duration"),
                      ("abbot_hew.wiki", 6, "duration")},
    # on a page of several holders each with their own fields under their own heading, prose that restates a field
    # ("He ... took office as warden on D") is the section's holder's, and a pronoun opening the section is that
    # holder; the holder's own date told differently still conflicts
    "section-fields": {("wardens_of_tesk.md", 15, "conflicting-date"), ("masters_of_orm.wiki", 17, "conflicting-date")},
    # "and his successor Walter Brome was installed in 1320": the successor is installed, not the one before
    "successor-subject": {("priors_of_vell.md", 3, "conflicting-date")},
    # with no office field, the first office prose has a person take ("took office as director-general") is the
    # term; another office named later ("appointed ambassador to X") is another term
    "told-offices": {("teodor_vass.md", 10, "conflicting-date"), ("ilse_marrow.txt", 5, "conflicting-date")},
    # a length told after a range ("wrote the entries for 1390 to 1402, and then kept the annals for nineteen years,
    # until his death in 1421") may count from the range's end
    "range-then-length": {("orm_annals.txt", 4, "duration"), ("tesk_ledger.md", 3, "duration")},
    # a length told by the noun of what it measures and no date of its own ("after a siege of twelve weeks", "the
    # twelve-week strike", "Pask's mastership of twenty years") measures the one stretch that noun names: the page
    # subject the lead calls a siege, the one stretch a sentence opening on the noun dated ("The blockade lasted
    # from D to D'"), the holder's one term in a table; two such stretches, another noun, a rounded length that fits
    # stay silent
    "named-stretch-lengths": {("siege_of_dorn_hythe.wiki", 11, "duration"), ("quell_blockade_war.txt", 9, "duration"),
                              ("harran_tanners.md", 11, "duration"), ("selby_hall.md", 14, "duration")},
    # fresh worlds' false findings of session 20, each a kind:
    # a rounded length ("some five and a half months", "about two and a half months") is measured with its margin,
    # never to the day; one far off still conflicts
    "rounded-half-lengths": {("kell_blockade.txt", 3, "duration"), ("varn_siege.wiki", 3, "duration")},
    # a rate ("twice a year", "three times a week", "once a month", "a year at a time") is no length of time;
    # "for a year, from 1824 until 1840" is
    "rates-not-lengths": {("harl_beacon.txt", 3, "duration"), ("osk_fair.wiki", 3, "duration")},
    # a sentence's one date stops at a contrast ("but", "whereas") that opens a clause with its own subject: "Tilde
    # died in 1815, but Marra ... died there" leaves Marra's death undated; the clause's own date still dates it
    "contrast-clause-date": {("dorel_brook.md", 5, "conflicting-date"), ("marra_vey.txt", 5, "conflicting-date")},
    # an unknown word opening a sentence and the words after it ("Wenna married Tobin Orrow in 1788 and died in
    # 1805"): the name after them is their object, never the subject of the later "and died"
    "opener-object": {("house_orrow.md", 5, "conflicting-date"), ("house_orrow.md", 5, "after-end-of-entity"),
                      ("vell_family.txt", 5, "conflicting-date")},
    # a person whose possessive opens a sentence ("Garron's feud with the lords began ...") is the next "he", not
    # the paragraph before's dead king
    "possessive-opener": {("regency_of_osk.wiki", 6, "after-end-of-entity")},
    # a bare title ("the Queen", "the Duke") names whoever holds it at the act's date, never a holder dead by then;
    # a named holder ("Duke Osric") still acts after death
    "bare-title-holder": {("dukes_of_harl.txt", 5, "after-end-of-entity")},
    # a list or table row that gives both ends of a term ("Halmar Suld, 1631–1637, afterwards Doge") is ordered in
    # itself: another page's term (Doge 1640–1647) is another office's, not this term's start
    "row-terms": {("glassmakers.md", 8, "ordering"), ("halmar_suld.wiki", 5, "ordering")},
    # a reduced relative clause after the main verb ("above the domes he built", "the maps Hale drew") tells an
    # earlier act and takes no date from its sentence
    "trailing-relative": {("ilse_marr.wiki", 3, "after-end-of-entity"), ("teodor_vask.md", 7, "after-end-of-entity")},
    # a chronicle row's leading year ("1196        4 January. ...") dates the row's days and its indented
    # continuation lines, though plain text reads the rows as captions
    "year-column-rows": {("ossbury_chronicle.txt", 12, "invalid-date"), ("tesk_annals.txt", 7, "invalid-date")},
    # a date inside a trailing relative clause ("went into exile at Mennick, where X opened a bindery in 1889",
    # "..., after which X bought", "..., by which time X had founded") dates that clause alone, never the main
    # clause before it and its other subjects
    "trailing-relative-date": {("tarrow_brothers.txt", 6, "after-end-of-entity"),
                               ("quenby_sisters.md", 7, "after-end-of-entity"),
                               ("harl_partners.wiki", 4, "after-end-of-entity")},
    # an event told after "until" / "till" / "up to (the day)" is the end of a span: it takes only a date after
    # the "until" ("until the Union ceased to exist in 1741"), never the span's "from" date nor the sentence's
    "until-end-event": {("orsk_union.md", 11, "conflicting-date"), ("tessing_company.txt", 8, "conflicting-date"),
                        ("gellow_order.wiki", 7, "conflicting-date")},
    # an event noun after "long after", "some decades after", "well after" (before, since, at the time of) is a
    # reference point: the sentence's leading date ("In 1571, long after her death, ...") is not its date, though a
    # date told right after the noun ("her death in 1544") still is
    "reference-point-event": {("hedwig_marl.txt", 6, "conflicting-date"), ("brannock_abbey.md", 7, "conflicting-date"),
                              ("osla_venn.wiki", 4, "conflicting-date")},
    # every verb of a subject relative clause is its antecedent's: "succeeded by his niece, Bettany Castell-Rowe,
    # who sold the walk in 2270 and bought the wharf in 2281" (the "and bought" with no comma, or a verb the
    # reader does not know first) is the niece's, never the main clause's dead subject
    "relative-clause-subject": {("castell_ropeworks.txt", 5, "after-end-of-entity"),
                                ("morrow_bank.md", 7, "after-end-of-entity"),
                                ("dray_foundry.wiki", 4, "after-end-of-entity")},
    # a hold of what the sentence (or paragraph) before seized or invested ("On D they seized the floor. They held it
    # for twelve days, until ... on D'", "The garrison held out for nine weeks, until ... on D'") lasts from that
    # day to the day after "until": a length that does not fit them is wrong
    "held-until": {("dye_works.md", 12, "duration"), ("orlem_keep.txt", 8, "duration"),
                   ("harrow_quay.wiki", 4, "duration")},
    # "Counted from the call on D, the nationwide stoppage lasted N" on a strike's page: the strike (named by a
    # synonym of its kind, after a modifier) lasted from D to its own end
    "synonym-lasted-from": {("tanners_strike.md", 15, "duration"), ("quarry_strike.wiki", 8, "duration")},
    # an active founding verb's object "it" ("Count Odo founded it on D", "the merchant established it") is the thing
    # the sentences before were about, the page's body, never the founder: its day meets the founding field's
    "founded-it": {("lamp_guild.md", 9, "conflicting-date"), ("ferry_company.wiki", 5, "conflicting-date"),
                   ("weavers_hall.txt", 6, "conflicting-date")},
    # on an armistice's page "the ceasefire came into force ... on D" is the armistice's taking effect, also when an
    # offset from the signing comes first with its day in apposition ("two days after the signing, on D")
    "ceasefire-effect": {("armistice_of_ossel.md", 14, "conflicting-date"), ("truce_of_harl.wiki", 9, "conflicting-date"),
                         ("truce_of_mell.txt", 11, "conflicting-date")},
    # a record's marriage field listing two days ("married: [D1, D2]", "D1<br />D2") dates a first and a second
    # marriage; the prose's "married again on D", "for the second time" dates the second ("a third time" does not)
    "listed-marriages": {("house_of_orrin.md", 15, "conflicting-date"), ("ansel_vey.wiki", 10, "conflicting-date"),
                         ("ulf_harne.md", 10, "conflicting-date")},
    # a table of engagements' row naming a place's taking ("Capture of Varro | D", "Fall of Brede | D") and the
    # prose's "the capture of Varro on D'", "Varro fell on D'" date that one taking (a later retaking is another)
    "taken-place-row": {("war_of_the_fens.txt", 19, "conflicting-date"), ("salt_war.md", 22, "conflicting-date")},
    # "after twelve days of negotiation" on a treaty's page whose section told the talks opened on D: the talks ran
    # from D to an agreement the signing cannot precede, so a length longer than D to the signing is wrong
    "talks-length": {("treaty_of_harrowgate.wiki", 12, "duration"), ("compact_of_pell.md", 16, "duration")},
    # a siege work against the place besieged ("opened a breach", "sprang a mine under the gate", "stormed the
    # breach") told on the siege's own page belongs to the siege: dated after its end (or before its start), wrong
    "siege-work-after-end": {("siege_of_corrow.wiki", 12, "out-of-range"), ("siege_of_dunmarrow.md", 14, "out-of-range")},
    # a siege's end told by its relief on another page ("laid siege to X ... relieved the port on D", "led the
    # vanguard in the relief of X on D") against the siege page's end date; attempts and "relieved of his command" not
    "relief-ends-siege": {("war_of_the_narrows.txt", 8, "conflicting-date"), ("aldric_venn.md", 13, "conflicting-date")},
    # "Two weeks after the revolt, on D" on a page that names the event ("the revolt in Ossery") but dates it not is
    # counted from the one day another page gives it ("Revolt in Ossery | 2 February 1688"): a day that does not fit
    "anchor-named-elsewhere": {("ossery_volunteers.md", 13, "relative-date"), ("sallow_fencibles.wiki", 9, "relative-date")},
    # a picture's caption dating what it shows by its one day ("The Battle of Kessby, ..., 29 June 1741", "on the
    # day of the shooting, 11 April 1904") and the text beside it telling that happening on another day ("met the
    # League army at Kessby on D", "The shooting at the yard on D"); the eve or a week after shows another day
    "caption-day": {("reed_war.txt", 11, "conflicting-date"), ("tannery_strike.wiki", 9, "conflicting-date")},
    # a length in months between two dates of month precision ("fourteen months, from November 1811 to March
    # 1813") is counted by the calendar, one month either way, not only within the widest day interval
    "calendar-months": {("treaty_of_varse.wiki", 10, "duration"), ("dredging.txt", 7, "duration")},
    # a table of holders whose Title/Office column names each row's own office ("| Ada Vellin | Provost |
    # 1890–1912 |") bounds an act under that title ("Provost Vellin refused") by the row's term
    "row-title-offices": {("orsk_academy.txt", 8, "out-of-range"), ("harbour_trust.md", 19, "out-of-range")},
    # an office fronted with capitalised words of whose or which it is ("As Federal Chancellor he signed", "As
    # Harbour President, Holt sealed") is the holder's office; "Vice", "Deputy" make it another office (silent)
    "qualified-office": {("ansel_dorn.wiki", 15, "out-of-range"), ("mira_holt.md", 15, "out-of-range")},
    # a spouse named by her own surname in the fields ("spouse = Hedda Marrin") is the "Hedda Venn" of the page
    # person's text: her death under one name bounds her acts under the other
    "married-names": {("oskar_venn.wiki", 10, "after-end-of-entity"), ("lise_arden.md", 14, "after-end-of-entity")},
    # a body completing or finishing a work no name dates ("completed the widening of the locks in 1908") acts
    "completed-works": {("tarn_canal_company.txt", 12, "after-end-of-entity"),
                        ("orsk_bridge_trust.md", 13, "after-end-of-entity")},
    # an act told "in her capacity as <office>" is done in that office, when it is one the holder's records name: a
    # front-matter list named by the office's plural ("chief_stewards: [{name: X, from: D, to: D'}]") or a table of
    # holders' Title column; after the term it is out of range ("in her capacity as a trustee" names none: silent)
    "capacity-office": {("ropers_union.md", 20, "out-of-range"), ("salt_board.wiki", 13, "out-of-range")},
    # a widow's style ("the Queen Dowager", "the Dowager Duchess", "the dowager") names the one woman "she" would
    # name there (the note's or the page's queen): her acts after her own death are found
    "dowager-style": {("house_of_orrel.md", 16, "after-end-of-entity"), ("queen_imma.txt", 8, "after-end-of-entity")},
    # a place's name after its prefix (Saint-, Fort, Lake ...) written once with its first letter changed beside the
    # usual spelling in that frame three times over ("Saint-Abrun" beside "Saint-Ebrun" x4); another place sharing the
    # prefix (linked, written on the usual one's line, or more than once) is not a slip
    # a named payment's sum (annuity, ransom, indemnity, pension ...) told twice on one page: bound to its noun ("the
    # indemnity of N ducats", "Her pension of N crowns"), in a sentence about it ("His ransom was set at N marks") or
    # in a list item the payment labels ("Indemnity. X was to pay Y N ducats") or a field the payment names ("indemnity:
    # 40,000 ducats" against "the indemnity, which at 52,000 ducats"); a sum changed ("raised to", "increased
    # her pension"), a part ("towards the ransom", "the first instalment") and a second payment told as new are silent
    "payment-sums": {("treaty_of_vellmar.wiki", 13, "conflicting-value"), ("orla_fenwick.md", 15, "conflicting-value"),
                     ("siege_of_dunmarrow.txt", 8, "conflicting-value"), ("peace_of_orlen.md", 13, "conflicting-value")},
    # a side's one strength field ("strength1 = 4,300" beside "commander1 = Osric of Tannmere") told again as the men
    # the side's leader brought, led or mustered ("Osric led 4,900 men", "Carraway mustered 8,100 men", "With 5,100 men,
    # Blenkin held the far bank"); another year's
    # army, a detachment sent, the men left at evening and a contingent far below the field are silent
    "leader-strengths": {("siege_of_harrowgate.wiki", 16, "conflicting-value"),
                         ("battle_of_fenn_moor.md", 18, "conflicting-value"),
                         ("battle_of_fenn_moor.md", 20, "conflicting-value")},
    "prefixed-place-slips": {("abbey_of_saint_ebrun.wiki", 10, "name-drift"), ("fort_kellac.txt", 9, "name-drift"),
                             ("lake_orvane.md", 13, "name-drift")},
    # a table row's name told in another clause than the number ("After the admission of Fennick the council counted
    # fifteen votes, and a majority, eight votes, ...", "Once Dunwold had sent its justices, the bench numbered
    # fourteen"): the number is the whole's, not the row's; the row's own clause ("Esk Ford sent six justices") is
    "row-name-other-clause": {("brennock_towns.txt", 13, "conflicting-value"), ("saltmere_vestry.md", 20, "conflicting-value"),
                              ("harl_assize.wiki", 22, "conflicting-value")},
    # "X the Younger, son of Count X" / "a niece of Lady X": the epithet says a namesake of the other generation exists,
    # so a bare or titled "X" ("where Count X was killed in 1613") is not the younger; the younger's own death still is
    "titled-elder-namesake": {("relief_of_carrow.wiki", 17, "after-end-of-entity"),
                              ("priory_of_sallow.md", 15, "after-end-of-entity"),
                              ("mill_at_ferne.txt", 7, "after-end-of-entity")},
    # a party listed on one side, whose dated join of that side is told before the conflict began ("On 4 April Tessin
    # changed sides and joined Essary"): its undated act for the other side ("As long as Tessin sided with Maine")
    # came before the switch; a dated act for the other side within the conflict is still found
    "switch-to-listed-side": {("siege_of_orlan.wiki", 15, "side-conflict"), ("blockade_of_marrow.md", 24, "side-conflict")},
    # a front-matter list of records that name no "name" key ("wards: [{ward: Harbour, seats: 17}]", "districts: -
    # district: Crowmarsh / population: 19600") gives each record's own figure, not the page's; the page's own field
    # told again with another value is still found
    "record-figures": {("orm_council.md", 14, "conflicting-value"), ("dunholm_districts.md", 17, "conflicting-value"),
                       ("vessen_council.txt", 11, "conflicting-value")},
    # a body another page lists as a party ("side1 = [[Tarrow Dockers' Union]]"), founded twice on one page not its
    # own ("the foundation of the Union on 4 April 1921" / "The Union was founded on 14 April 1921", "founded in March
    # 1771" / "when the Guild was formed in 1774"): one founding, two dates; the body named in the clause that tells it
    "body-founded-twice": {("dock_movement.txt", 6, "conflicting-date"), ("quay_guild.md", 15, "conflicting-date")},
    # a list of holders led by the last sentence of a paragraph ("... for three years. Masters of the period included:",
    # "Its provosts have been:") with items "Name of Place, 1601–1604": each item is the holder's term (the holder
    # without the "of <Place>" he came from), so "In 1606 Master Vell sealed" is out of range; 1603 is not
    "holder-list-lead-sentence": {("guild_of_harl.txt", 9, "out-of-range"), ("orm_academy.md", 19, "out-of-range"),
                                  ("sallow_harbour_board.wiki", 14, "out-of-range")},
    # a count field of the page's own naming ("tribute: 12,000 marks", "| tithe = 300 bushels", "Stores: 4,000 sacks")
    # pairs only with the figure told of that thing ("the tribute of N marks", "The tithe was N bushels", "came to N
    # sacks"): a figure in a concessive, contrasting or time clause after it ("though Issel demanded N marks", "but the
    # town kept N sacks", "while the towns owed N marks"), one it is measured against ("short of the N marks") and one
    # of a thing of its kind told as another ("a second tribute", "another tithe", "a separate store of N") are silent
    "field-count-pairing": {("treaty_of_brann.md", 14, "conflicting-value"), ("sorrow_mill.wiki", 10, "conflicting-value"),
                            ("lowen_granary.txt", 8, "conflicting-value")},
    # a page measure's word told of another one of its kind ("A new garrison of 150 was installed", "An earlier
    # garrison had counted 200") or a figure of another clause after the measure's word ("The flock wintered on the
    # meadows, while the drovers drove 350 sheep") is not the field's count told again (extract/measures.py)
    "field-count-another": {("kestrel_keep.wiki", 11, "conflicting-value"), ("harl_downs.md", 12, "conflicting-value"),
                            ("grey_heron.txt", 8, "conflicting-value")},
    # "the count himself died on D", "the old king died", "the abbot himself died", "the king's death": a ruler's style
    # after "the" is the one person this paragraph or the one before named with it ("Count Osric II", and "Osric II"
    # since), so his death told twice is one death; "the new count", "the late king's son", two counts named, are others
    "styled-holder": {("marrow_feud.txt", 7, "conflicting-date"), ("town_of_asham.md", 12, "conflicting-date"),
                      ("kessel_abbey.wiki", 4, "conflicting-date")},
    # an instrument in apposition after another clause is what the participle after it tells ("The war ended in a
    # stalemate, the Peace of Kell, signed on D", "was settled by the Charter of Wend, signed on D"), not the war: its
    # page's "sealed", "concluded" or date_signed is the same signing (across documents); another truce signed so is
    # its own
    "apposed-signing": {("tessel_war.txt", 5, "conflicting-date"), ("miners_revolt.md", 8, "conflicting-date")},
    # a body making someone an office-holder ("the chapter elected him abbot on D", "the board appointed her keeper",
    # "the council chose X as mayor") starts that person's term, as "his election on D" does; a coarser field both
    # days fit ("term = 1479–1509") does not settle the two days, and two offices named (prior, then abbot) are two terms
    "chosen-by-body": {("odo_marren.wiki", 13, "conflicting-date"), ("ilse_varn.md", 14, "conflicting-date"),
                       ("piet_amsel.txt", 6, "conflicting-date")},
    # a double surname's first part with the given name ("Anna Korr" beside "Anna Korr-Basset", "Ilse Varn" beside
    # "Ilse Varn-Oster") is the same person (her name before marriage), never the part alone (the family's other
    # Korrs); a namesake told born a generation apart (a grandmother) is another
    "double-surname": {("korr_family.md", 18, "conflicting-date"), ("ilse_varn_oster.wiki", 9, "conflicting-date"),
                       ("tam_hollis_brey.txt", 6, "conflicting-date")},
    # an offset counted from a moment a noun names ("eleven days after the first case" with a field "First case:: D",
    # "a week after the walkout" after "The walkout of the Osk delegates began on D") or from the day before ("a week
    # later, on D": six to ten days, not eleven) must land on the date stated with it; two walkouts told, either
    "named-moment-offsets": {("fever_of_1611.md", 13, "relative-date"), ("harl_assembly.txt", 5, "relative-date"),
                             ("dunholt_strike.wiki", 4, "relative-date")},
    # a pasted polity infobox's event rows ("Historical era" / "• Tessel War<TAB>1448–1452", "• Peace of Rell<TAB>2 June
    # 1454") date a named event: a war's span (its start and end years), an agreement's signing; the event's own page
    # may disagree (across documents); a row that names no event ("Dunholt admitted") or another one is silent
    "era-rows": {("orm_league.txt", 9, "conflicting-date"), ("sallow_towns.txt", 9, "conflicting-date")},
    # a count told again in words that say it is the same ("all 700 of the crossbowmen Tarrow had hired", "the
    # council's holding remained at 45 per cent", "With its 34 seats the Guild Party") is the earlier count of that
    # noun (of that holder); a count left after losses, one a purchase, sale or by-election changed in between, a
    # further share, another holder's seats and "about" figures restate nothing (extract/restated_counts.py)
    "restated-same-count": {("grey_hart_company.txt", 7, "conflicting-value"),
                            ("tarrow_victualling_house.md", 16, "conflicting-value"),
                            ("harl_assembly.wiki", 12, "conflicting-value")},
    # a division's votes for, against and abstaining against those said to have voted ("by 29 votes to 14, with 3
    # abstentions, all 45 councillors voting"); those voting may leave the abstainers out, those present may include
    # some who did not vote, and with no abstention told only more votes than voters contradict (extract/divisions.py)
    "division-votes": {("osk_charter_council.md", 12, "arithmetic"), ("diet_of_harl.txt", 5, "arithmetic")},
    # a sum and the instalments or payments that make it up, in a currency named in words ("an indemnity of 90,000
    # ducats, in eight yearly instalments of 12,000 ducats each", "36,000 marks, repaid in 12 payments of 3,500
    # marks"); a remainder paid in instalments after a first sum, and payments made so far, are no make-up of it
    "instalment-products": {("peace_of_lenn.wiki", 8, "arithmetic"), ("harl_bridge_loan.md", 8, "arithmetic")},
    # a total's parts drawn from named bodies, "of the <Name>" as well as "from the <name>" ("2,400 men: 1,500 from the
    # Harl garrison, 600 of the Osk Militia and 250 of the Lenn Dragoons"); a list that does not close is no breakdown
    "itemised-named-bodies": {("relief_of_tarrow.wiki", 4, "arithmetic"), ("harl_watch.txt", 5, "arithmetic")},
    # pasted infobox casualties as bare lines ("900 killed / 1,400 wounded / 2,300 total / 700 killed ..."): the same
    # words after the figure again begin the next side's figures, each side's total checked against its own parts
    "plaintext-casualty-runs": {("battle_of_lenn_ford.txt", 22, "arithmetic"), ("battle_of_harl_heath.wiki", 9, "arithmetic")},
    # a sentence opened by a person's pronoun ("His design ... called for eleven locks") after one about a change that
    # person made elsewhere ("who had rebuilt the moles of Osk after the storm of 1611") goes on about the person, not
    # about the page's thing changed in that year: it restates the page's field; "Its 1,500 seats" after "the hall was
    # enlarged" in 1851 is still the changed hall's (extract/measures.py)
    "personal-pronoun-after-change": {("lenn_cut.md", 13, "conflicting-value"), ("osk_hall.wiki", 8, "conflicting-value")},
    # one kind of a side's losses told of the whole side, the side named by the sentence's opening ("Of the mutineers,
    # 321 were taken prisoner, most of them in the barracks") is that side's casualty field; a loss told with where
    # or how ("captured in the barracks on the first night"), an "about" figure, another moment and a part of the
    # side ("Of the weavers taken at the bridge") restate nothing (extract/side_figures.py partitioned_losses)
    "side-partitioned-losses": {("osk_mutiny.wiki", 17, "conflicting-value"), ("lenn_rising.md", 16, "conflicting-value")},
    # a loss out of a stated whole ("the house lost nine of its forty canons") on the holder's own page, and on another
    # page whose clause telling the loss names the holder ("At Osk Priory, ..., the house lost twelve of its forty
    # canons"): the same whole of the same noun is the same body, so the losses must agree; another year's loss,
    # another whole and another holder named in its own clause ("and Odo Brand lost five of his") are apart
    "lost-of-whole-across-pages": {("osk_priory.md", 12, "conflicting-value"), ("mara_vell.txt", 5, "conflicting-value")},
    # a death told after the fight that dates it ("The fight at X on D was lost, and Marn's captain, [[Y]], was killed
    # there", "... Their colonel, Y, was killed there"): "there" is where, not what, "was killed" took, and the owner's
    # office noun then the name in commas after "and" is a new subject with its own verb; a death after the act is silent
    "killed-there": {("peace_of_wendle.wiki", 4, "after-end-of-entity"), ("siege_of_grey_hill.txt", 5, "after-end-of-entity"),
                     ("tessel_rangers.md", 9, "after-end-of-entity")},
    # "X the Elder" (or "the elder X") on a page naming his son "X the Younger" and one other person of the forename
    # ("X of Marden") is that person: his acts after his death are found; the younger namesake acting later is silent
    "elder-epithet": {("marden_feud.txt", 5, "after-end-of-entity"), ("raid_on_tolle.wiki", 7, "after-end-of-entity"),
                      ("house_of_carrow.md", 8, "after-end-of-entity")},
    # a party sent "to the X side" / "on the X side" / "over to the X cause" serves X (the party of its own coordinated
    # clause, not the sentence's first); a pasted one-column belligerent run turns where the lead names the second realm
    # by its place ("between the ducal houses of Arnsfeld and Tessin" over "Duchy of Tessin"); the own side is silent
    "realm-sides": {("war_of_the_two_mitres.txt", 21, "side-conflict"), ("salt_marsh_war.wiki", 10, "side-conflict"),
                    ("fen_quarrel.md", 15, "side-conflict")},
    # a full name written once with a letter added or dropped ("Tomas Brell") beside the spelling a field's link gives
    # ("| successor = [[Tomas Brel]]") is a slip; a second person of the near name written twice is silent
    "linked-name-slips": {("corvin_aske.wiki", 11, "name-drift"), ("ilse_varnum.md", 8, "name-drift")},
    # a forename the page styles "X of <place>" and writes alone four times, written once with two or three letters
    # slipped inside its ending ("Wendeleen" beside "Wendelin", "Sigisbrecht" beside "Sigisbert"); another linked
    # person of a near name ("[[Wendelmar of Orsk]]") is silent
    "styled-name-slips": {("peace_of_halm.wiki", 12, "name-drift"), ("brannock_feud.txt", 5, "name-drift")},
    # a treaty's parties under two heads that name their sides ("'''Harl and allies:'''", "Vask and adherents:") are
    # the two sides: a party under both is a side conflict; heads of another kind ("Original signatories:",
    # "Later accessions:") are no sides
    "party-heads": {("treaty_of_orsk.wiki", 7, "side-conflict"), ("peace_of_amsel.md", 6, "side-conflict")},
    # a body "absorbed into", "merged into", "amalgamated into" another ends there (the other goes on): its own acts
    # after it are found, the other body's acts are silent
    "absorbed-body": {("fenwick_carriers.txt", 6, "after-end-of-entity"), ("kell_weavers.wiki", 8, "after-end-of-entity"),
                      ("ostby_savings_bank.md", 11, "after-end-of-entity")},
    # a commander listed on one side who "had joined the council/federation" (the one listed party of that head noun)
    # within the year before the conflict began is on the other side from its start; the ranks of the field and of
    # the prose ("Maj. Teodor Lisle", "Major Teodor Lisle") are one man; a join years before, or a listing on the side
    # joined, is silent
    "joined-on-eve": {("harrow_mutiny.wiki", 13, "side-conflict"), ("quay_lockout.md", 17, "side-conflict")},
    # a death told in an adverbial cleft whose name carries a negated aside ("It was there that Olvey, who had taken
    # no part at the ford, was killed in a sally on D", "It was in the bridge tower that Varro, who had never been
    # wounded, died on D"): the name after "that" is the subject of the verb after the aside, so a death dated
    # otherwise on another page is found; the aside's own negated act dates no death, and the same day stays silent
    "cleft-place-death": {("siege_of_quarn.wiki", 4, "conflicting-date"), ("hennet_varro.txt", 5, "conflicting-date")},
    # one proclamation or readmission told on two pages by its verb and what it befell ("the southern vales
    # proclaimed the League at Corrow on D" / "On D the councils of Maddry, Fenn and Corrow proclaimed the League";
    # "readmitted to the Compact on D" / "were readmitted on the same day, D"): a list of names between an opening
    # date and its verb is one subject; another state proclaimed, or the same day told twice, stays silent
    "proclamation-readmission-across-pages": {("corrow.wiki", 4, "conflicting-date"),
                                              ("corrow.wiki", 6, "conflicting-date")},
    # a leader's force counted on two pages ("Prior Vessick brought 160 brethren to the field, and the clans were
    # routed at Gorse Hill" / "Vessick rode out of Caddon with 190 brethren and joined the duke below Gorse Hill";
    # "Brede led 28 galleys against Rask's 35 off the Fennel Banks" / "off the Fennel Banks ... his 31 galleys broke
    # an Osk line"): the leader and the field named on both; another year's muster, a part ("40 brethren were
    # killed"), a rounded "some 30" and the same count told alike stay silent
    "cross-document-force-counts": {("rising_of_the_tann.md", 11, "conflicting-value"),
                                    ("tomas_brede.md", 12, "conflicting-value")},
    # one division told with other figures on two pages ("Marrant, elected in 1731, was dismissed in 1738 ..., by a
    # vote of 17 to 9" / "The Harbour Board voted to dismiss him in 1738, by 19 votes to 9"; "a motion of no
    # confidence in Orrin was carried on 20 May 1924 by 38 votes to 21" / "the motion of no confidence was carried
    # by 36 votes to 21"): one act, one year, one name; another year's motion, another act (a censure, a pension)
    # and the same tally told alike stay silent
    "cross-document-votes": {("ivo_marrant.md", 12, "conflicting-value"), ("vale_assembly.md", 10, "conflicting-value")},
    # a leader's force counted on two pages where one sentence leaves the war to its paragraph ("During the [[Harrow
    # Revolt]] the Order gave the count his host. Pallow brought 80 brethren to the field" / "Pallow marched out of
    # Thornby with 110 brethren" on the revolt's page), or gives the force after "met" ("met the Tarrant fleet off
    # Gull Point with 38 frigates" / "led 83 frigates"): the same count told alike, and another muster in a
    # paragraph of its own, stay silent
    # a party's dead in one engagement told on two pages ("25 of her crew were killed" at the [[Battle of Harn Sound]]
    # on the ship's page / "lost 52 dead" on the battle's; "the Tessel Rifle Legion ... losing 340 killed" after a
    # paragraph dating Marl Ford on the general's page / "It lost 430 killed" on the Legion's): the same count, another
    # year's fight, a bound ("over 200 killed") and another fight's part stay silent
    # a fine told by its verb on two pages ("the Harbour Court fined Orrin forty marks" / "The Harbour Court fined
    # Orrin fourteen marks"; "fined [[Harn]] the sum of 2,400 guilders" / "the League fined Harn 4,200 guilders"): the
    # same sum told alike, and a page that tells two fines, stay silent
    # a division named only as "the motion" or "the vote" after the paragraph tells what it decided ("moved a motion
    # of no confidence. The Tessel Union voted for it. The motion was carried by 38 votes to 35" / "a motion of no
    # confidence ... was carried by 40 votes to 33"): the act and year the paragraph gave last; the same tally, and a
    # later motion in a paragraph of its own (another act, another year), stay silent
    "votes-told-as-the-motion": {("fenn_ministry.md", 7, "conflicting-value"), ("orrin_hale.md", 6, "conflicting-value")},
    "fines-across-pages": {("plague_of_quell.txt", 5, "conflicting-value"), ("tessel_league.wiki", 4, "conflicting-value")},
    "party-losses-across-pages": {("grey_heron.wiki", 4, "conflicting-value"),
                                  ("tessel_rifle_legion.md", 6, "conflicting-value")},
    "force-counts-in-context": {("order_of_the_reed.wiki", 4, "conflicting-value"),
                                ("war_of_the_narrows.txt", 5, "conflicting-value")},
    # one payment's sum told on two pages ("Vorland also undertook to pay the League of Sessa an indemnity of 840,000
    # thalers" / "Article 9 bound Vorland to pay the League of Sessa an indemnity of 480,000 thalers"; "paid the Khan
    # an annual tribute of 36,000 silver dirhams" / "a yearly tribute of 63,000"): the payer and the payee named on
    # both; a rounded "some" sum, a raised tribute, another payment (a ransom) and a page with two sums stay silent
    "cross-document-payments": {("treaty_of_kestrel_point.wiki", 4, "conflicting-value"),
                                ("tasmir.txt", 5, "conflicting-value")},
    # a pasted page's infobox after a redirect hatnote ('"TMC" redirects here. For ..., see ...'): read as the
    # infobox, so its "Production 4.6 million tonnes of ore (1880)" meets the prose's "shipped 6.4 million tonnes"
    "redirect-hatnote-infobox": {("tallow_mining_company.txt", 13, "conflicting-value"),
                                 ("kessary_broadcasting_board.txt", 13, "conflicting-value")},
    # a ship's infoboxes laid out in a table ("{|{{Infobox ship begin}} {{Infobox ship characteristics|...}} |}"):
    # its fields are read ("Ship length", "Ship complement")
    "ship-infobox-table": {("ons_skarra.wiki", 16, "conflicting-value"), ("hms_corrie.wiki", 13, "conflicting-value")},
    # a size adjective with no dimension named ("The 121-foot hull", "The 34-metre tower") measures the page's
    # greatest field in that unit when the others are far smaller (length beside beam, height beside base); a
    # boat's or a keeper's house's smaller size stays silent
    "greatest-size-adjective": {("tern_of_marrick.md", 13, "conflicting-value"), ("orrin_lighthouse.txt", 12, "conflicting-value")},
    # a "Particular | Value" table under a caption naming a thing ("|+ ''Osprey of Tallin''", "| Burthen || 1,180
    # tons"): the row's label is the measure, the caption's thing (called "the Osprey" in prose) its owner
    "value-column-table": {("marten_voss.wiki", 17, "conflicting-value"), ("survey_of_the_narrows.wiki", 14, "conflicting-value")},
    # a front-matter list of records of a year and one figure ("pupils: [{year: 1820, count: 318}]") is the list's
    # measure in that year, against "Pupils (1820):: 381" or "By 1450 the order had 221 brethren"; another year's
    # count is silent
    "year-count-records": {("tallin_lyceum.md", 14, "conflicting-value"), ("order_of_the_salt_road.md", 16, "conflicting-value")},
    # a pasted infobox's heading dated on its own line ("Population (1760)" / "• Total<TAB>18,300"): one field of that
    # year, against that year's census row or a sentence of that year; another year's sentence is silent
    "heading-year-row": {("free_port_of_anvel.txt", 16, "conflicting-value"), ("teller_isles.txt", 13, "conflicting-value")},
    # a nested front-matter key of one party's dead ("casualties: {rebel_dead: 2600}") against "Rebel dead:: 6,200"
    "nested-party-dead": {("rising_of_the_salt_marsh.md", 17, "conflicting-value"), ("tarn_mutiny.md", 12, "conflicting-value")},
    # a commander "Ser Edric Maun of Vell" or "Wulfric Hale of Tarn" is named "Edric Maun" / "Wulfric Hale" when he
    # holds or brings the side's men
    "leader-name-of-place": {("siege_of_vell_tor.wiki", 15, "conflicting-value"), ("battle_of_orm_water.md", 14, "conflicting-value")},
    # a field's figure with a counted noun and its owners ("27 deputies of the harbour towns", "140 masters of the
    # three ropewalks") counts the noun before "of": "three of the four harbour towns" is no count of it
    "counted-noun-before-of": {("compact_of_tarnholm.wiki", 11, "conflicting-value"), ("guild_of_the_ropewalk.md", 12, "conflicting-value")},
    # one payment's sum told on two pages, one sentence naming the payer alone ("Kelvar also paid an indemnity of
    # 60,000 marks" / "Kelvar ceded the salt pans to the Duchy of Arn and paid an indemnity of 90,000 marks"): a
    # warning; a third page telling another sum of the payer's (to the Free City of Tamm) leaves the lone payer's
    # sentence unassigned, silent
    "cross-document-payee-unsaid": {("war_of_the_salt_marches.md", 10, "conflicting-value")},
    # a party or commander listed on one side that declares for, swears allegiance/fealty to or joins a party the
    # lists do not name, standing for the other side through them: its house ("the House of Sarn"), a cause named
    # after its leader or people ("the Fennist cause", "rallied to the Marten standard"), a commander by surname
    # ("acknowledged Castemont as his liege") or a ruler by style ("King Bertran", "the Regent"); a dated switch
    # after the listing ends, a dated listing, the party's own side, a name both sides hold and an act told of
    # another time ("After the war", "years later") are silent
    "side-resolved": {("war_of_the_mere_crown.wiki", 12, "side-conflict"), ("war_of_the_mere_crown.wiki", 14, "side-conflict"),
                      ("ostrel_rising.md", 17, "side-conflict"), ("ostrel_rising.md", 19, "side-conflict"),
                      ("tessary_schism.txt", 20, "side-conflict"), ("tessary_schism.txt", 21, "side-conflict"),
                      ("tessary_schism.txt", 23, "side-conflict"), ("war_of_the_mere_crown.wiki", 16, "side-conflict")},
    # a listed party's loyalty for the whole war told after an aside that dates what bound it before ("Hollen, bound
    # to the Republic by the timber compact of 1631, remained Vessa's only ally for the whole of the war", "which had
    # concluded an alliance with Hollin in 1664, fought on the Tarrow side throughout the war"): the aside's year is
    # not the loyalty's, which spans the war; a loyalty to its own side, or one dated years before, stays silent
    "aside-dated-loyalty": {("war_of_the_salt_marches.txt", 17, "side-conflict"), ("tollbridge_war.md", 12, "side-conflict")},
}


def findings(run_cli, folder) -> set[tuple[str, int, str]]:
    _, out, _ = run_cli("--no-cache", "--format", "json", str(folder))
    return {(d["path"].rsplit("/", 1)[-1], d["line"], d["rule"]) for d in json.loads(out)["diagnostics"]}


@pytest.mark.parametrize("kind", sorted(EXPECTED_BAD))
def test_clean_paraphrases_are_silent(run_cli, kind):
    assert findings(run_cli, MISREADINGS / kind / "good") == set()


@pytest.mark.parametrize("kind", sorted(EXPECTED_BAD))
def test_the_real_contradiction_of_the_same_shape_is_found(run_cli, kind):
    assert EXPECTED_BAD[kind] <= findings(run_cli, MISREADINGS / kind / "bad")


def test_a_life_whose_own_dates_disagree_bounds_no_act(run_cli):
    """A person given a second birth or death decades off (a namesake's, a misread) gets that one
    conflicting-date finding, not one more for every act measured against the wrong date; a life whose dates
    agree still bounds its acts (sella_marn.md)."""
    assert findings(run_cli, MISREADINGS / "disagreeing-anchors") == {
        ("orrin_tesk.md", 16, "conflicting-date"), ("aldo_firth.wiki", 12, "conflicting-date"),
        ("wenna_dray.txt", 7, "conflicting-date"), ("sella_marn.md", 10, "after-end-of-entity")}


def test_a_contested_birth_yields_to_the_field(run_cli):
    """A prose birth that disagrees with the infobox's or front matter's is the conflicting-date rule's one
    finding; the acts between the two births are measured against the field's, so none is out of range."""
    assert findings(run_cli, MISREADINGS / "namesake-child-birth" / "bad") == EXPECTED_BAD["namesake-child-birth"]
