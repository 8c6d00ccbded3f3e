"""The geo layer's data files are read by one function: comments and blank lines left out, numbered as in the
file, and a missing file is a ModelError with its fix."""

from __future__ import annotations

import pytest

from annalyst.errors import ModelError
from annalyst.geo.data_files import data_rows


def test_rows_keep_their_line_numbers_and_skip_comments():
    path, rows = data_rows("place_words.tsv", "The place-word list")
    rows = list(rows)
    text = path.read_text(encoding="utf-8").splitlines()
    assert rows and all(text[n - 1] == line for n, line in rows)
    assert not any(line.startswith("#") or not line.strip() for _, line in rows)


def test_a_missing_file_says_what_and_how_to_fix():
    with pytest.raises(ModelError, match="The nothing list .* cannot be read") as caught:
        data_rows("no_such_file.tsv", "The nothing list")
    assert caught.value.fix == "Reinstall annalyst: the file ships as package data."
