"""Polish from the SGJP dictionary (morfeusz2): declension of names, salutations, genders.

The dictionary loads on the first question (pismo.morph.dictionary), so importing
this package costs nothing. Every form derived here is a suggestion the officer
confirms: pismo lists it (`pismo sprawdz`) and can write it into the case file
(`pismo odmien`); a form typed in the case file always wins.
"""
