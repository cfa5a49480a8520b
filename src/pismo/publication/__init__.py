"""publication: a stage of pismo (see README, „Jak zbudowany jest pismo”)."""
