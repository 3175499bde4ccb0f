"""The cache's array file: what goes in comes back, and nothing else is accepted."""

from __future__ import annotations

import numpy as np
import pytest

from tutor.storage import arrayfile


def _write(path, arrays):
    with open(path, "wb") as out:
        arrayfile.write(out, arrays)


def test_arrays_come_back_equal_and_read_only(tmp_path):
    arrays = {"ints": np.arange(7, dtype=np.int32), "longs": np.array([-1, 2**40], dtype=np.int64),
              "floats": np.linspace(0, 1, 5, dtype=np.float32), "doubles": np.array([np.pi]),
              "bytes": np.frombuffer("café".encode(), dtype=np.uint8), "empty": np.zeros(0, dtype=np.int32),
              "grid": np.arange(6, dtype=np.float64).reshape(2, 3), "big-endian": np.arange(3, dtype=">i4")}
    _write(tmp_path / "a", arrays)
    back = arrayfile.read(tmp_path / "a")
    assert set(back) == set(arrays)
    for name, value in arrays.items():
        assert np.array_equal(back[name], value) and back[name].shape == value.shape, name
    assert back["big-endian"].dtype.str == "<i4"
    with pytest.raises(ValueError):
        back["ints"][0] = 5  # mapped read-only: the cache is never changed through it


def test_only_plain_numbers_are_written(tmp_path):
    with pytest.raises(TypeError):
        _write(tmp_path / "a", {"objects": np.array([object()], dtype=object)})
    with pytest.raises(TypeError):
        _write(tmp_path / "a", {"text": np.array(["x"])})


@pytest.mark.parametrize("content", [b"", b"TUTORARR1\n", b"not an array file at all", b"\x93NUMPY" + b"\0" * 100])
def test_other_files_are_refused(tmp_path, content):
    (tmp_path / "a").write_bytes(content)
    with pytest.raises(ValueError):
        arrayfile.read(tmp_path / "a")


def test_a_cut_file_is_refused(tmp_path):
    _write(tmp_path / "a", {"x": np.arange(1000, dtype=np.int64)})
    raw = (tmp_path / "a").read_bytes()
    (tmp_path / "a").write_bytes(raw[:-8])
    with pytest.raises(ValueError):
        arrayfile.read(tmp_path / "a")


def test_expect_names_what_is_wrong():
    arrays = {"i": np.arange(3), "f": np.ones(2), "grid": np.ones((2, 2))}
    assert arrayfile.expect(arrays, "i", "i") is arrays["i"]
    for name, kind in [("i", "f"), ("f", "i"), ("grid", "f"), ("missing", "i")]:
        with pytest.raises(ValueError, match=name):
            arrayfile.expect(arrays, name, kind)
