"""A later batch's LibreOffice that hangs at start with no sign of work: tried once more with its first document
last, then the run's other batches are not started and waited for twice each (brief of sys17: a start hang is
retried once per run, the total wait bounded and told)."""

from __future__ import annotations

from helpers import MINIMAL_PDF, soffice_script
from test_files_case_folder import case_copy, run
from test_pdf_rev_pdf6_sys15 import _short_waits  # one set of short waits for both



def _second_start_hangs(tmp_path, counter):
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, f'n=$(cat "{counter}" 2>/dev/null || echo 0); echo $((n+1)) > "{counter}"\n'
                          '[ "$n" -ge 1 ] && exec sleep 60\n'
                          'out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
                          'mkdir -p "$out"\nfor a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "second-start-hangs")


def test_a_later_start_hanging_twice_is_not_started_again_for_the_other_batches(tmp_path, monkeypatch):
    """9 documents in batches of 2: the first batch converts, every later start hangs – each of the 4 later
    batches was started and waited for twice (9 starts); now the second batch's two hangs end the run's starts."""
    _short_waits(monkeypatch)
    case = case_copy(tmp_path / "sprawy" / "h.yaml")
    assert run("wszystko", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "h"
    documents = sorted(folder.glob("*.docx"))
    counter = tmp_path / "counter"
    result = run("pdf", folder, "-j", "1", "--soffice", _second_start_hangs(tmp_path, counter))
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and len(list(folder.glob("*.pdf"))) == 2, said
    assert counter.read_text().strip() == "3", said  # the first start, the second batch's start and its retry
    later = documents[4:]
    for document in later:
        assert f"{document}: nie zamieniono – LibreOffice zamieniał w tej zamianie dokumenty, ale uruchomiony " \
               f"ponownie przestał odpowiadać zaraz po uruchomieniu" in said, said  # with one it converted (rev-pdf11)
        assert "to wina programu" in said.split(f"{document}:")[1], said
    assert "uszkodz" not in said.split("Zamiana na PDF")[-1], said
