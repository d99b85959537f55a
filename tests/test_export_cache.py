"""The ONNX export cache: keyed by what the model's files hold, shared by installs, safe to build twice at once."""
import os
import shutil
import threading
from pathlib import Path

import crosscheck.onnxmodel as onnxmodel
from crosscheck.onnxmodel import MANIFEST, ensure_export, export_key, library_versions

from .test_embed import tiny_model  # noqa: F401  (fixture)


def test_the_key_is_the_files_content_not_where_or_when_they_were_installed(tmp_path, tiny_model):
    versions = library_versions()
    elsewhere = tmp_path / "venv2" / Path(tiny_model).name
    shutil.copytree(tiny_model, elsewhere, copy_function=shutil.copy)  # new paths, new modification times
    for file in elsewhere.rglob("*"):
        os.utime(file, (1_000_000_000, 1_000_000_000))
    cache = tmp_path / "cache"
    assert export_key(tiny_model, "avx2", versions, cache) == export_key(str(elsewhere), "avx2", versions, cache)
    assert (cache / onnxmodel.HASHES_FILE).is_file()  # the files are read once, then known by size and time
    config = elsewhere / "modules.json"
    config.write_text(config.read_text() + " ")
    assert export_key(tiny_model, "avx2", versions, cache) != export_key(str(elsewhere), "avx2", versions, cache)


def test_two_exports_of_one_model_at_once_build_it_once(tmp_path, tiny_model, monkeypatch):
    built, real_build = [], onnxmodel._build

    def counting_build(*args):
        built.append(args)
        return real_build(*args)

    monkeypatch.setattr(onnxmodel, "_build", counting_build)
    folders, errors = [], []

    def export():
        try:
            folders.append(ensure_export(tiny_model, "avx2", tmp_path))
        except Exception as error:  # reported below, with the thread's error
            errors.append(error)

    threads = [threading.Thread(target=export) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors and len(folders) == 2 and folders[0] == folders[1]
    assert len(built) == 1 and (folders[0] / MANIFEST).is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no half export left
