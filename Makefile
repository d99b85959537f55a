# crosscheck: `make report` and `make test` work on a fresh machine (they create .venv first).
PYTHON ?= python3
TORCH_INDEX ?=
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: report test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: this resolves to the CPU build here; a bare torch pulls GBs of CUDA. Where
	# PyPI's torch would be the CUDA build: make TORCH_INDEX="--index-url https://download.pytorch.org/whl/cpu"
	$(BIN)/pip install --quiet torch==2.13.0 $(TORCH_INDEX)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

# The seed report goes where `crosscheck report` run here puts it (seeds/reports/, the corpus's own
# reports folder): generated, so not tracked, and a fresh clone stays clean after `make report`.
report: $(STAMP)
	$(BIN)/crosscheck report

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Quality on public sentence pairs (tuned on train, reported on validation/trial) and speed by stage.
DATA ?= ../shared/data
SIZES ?= 5,50,200,500
bench: $(STAMP)
	$(BIN)/python -m benchmarks --data $(DATA) --sizes $(SIZES)

clean:
	rm -rf $(VENV) seeds/.crosscheck .pytest_cache
