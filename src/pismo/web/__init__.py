"""`pismo serwer`: the case files in a browser – a thin front end over the service API.

core (the one adapter to pismo's document logic) · store (case files on disk: atomic
saves, history, conflicts, comments kept) · form (the model as a form and back) ·
texts (labels, and hints taken from the `pismo nowa` skeleton) · security (token,
cookie, CSRF, headers) · app (pages and routes) · server (the loopback server).
"""
