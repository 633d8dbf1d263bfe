# make install PREFIX=/usr/local DESTDIR=   self-contained, stripped binaries, the content, man pages, completions
# make deb                                   a Debian package in dist/ (Scripts/deb)
# make run / make test                       the README's two commands
# The work is done by the scripts, which can be run without make.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: all build install deb run test
all: build

build:
	bash Scripts/install --build-only

install:
	PREFIX="$(PREFIX)" DESTDIR="$(DESTDIR)" bash Scripts/install

deb:
	bash Scripts/deb

run:
	bash Scripts/run

test:
	bash Scripts/test
