# Verdict — build, install and uninstall.
#   make                               release build (a fully static executable; installed stripped)
#   make install PREFIX=/usr/local     build and install (also DESTDIR=... for packaging)
#   make uninstall PREFIX=/usr/local   remove everything install put there
#   make install BUILD=debug           install a debug build (quicker to build)
#   make install BIN=path/to/verdict   install an already-built binary, no build
#   make manpage                       regenerate docs/verdict.1 from the commands
#   make check-manpage                 fail when docs/verdict.1 is out of date
PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= release
BIN ?=
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share/verdict
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
SCRATCH ?= .build-release

ifeq ($(BUILD),release)
SWIFT_FLAGS = -c release --static-swift-stdlib --scratch-path $(SCRATCH)
STRIP_FLAG = -s
else ifeq ($(BUILD),debug)
SWIFT_FLAGS = -c debug
else
$(error BUILD must be release or debug, not '$(BUILD)')
endif

.PHONY: all build install uninstall test manpage check-manpage clean

all: build

build:
ifeq ($(BIN),)
	swift build $(SWIFT_FLAGS) --product verdict
	swift build $(SWIFT_FLAGS) --product verdict-meeting
endif

test:
	swift test

# The installed binary is stripped (symbols too): 15 MB smaller, a few fewer page faults.
install: build
	install -d $(BINDIR) $(SHAREDIR)/worksheets $(SHAREDIR)/schemas $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(if $(BIN),,$(STRIP_FLAG)) "$(or $(BIN),$$(swift build $(SWIFT_FLAGS) --show-bin-path)/verdict)" $(BINDIR)/verdict
	meeting="$(if $(BIN),$(dir $(BIN))verdict-meeting,$$(swift build $(SWIFT_FLAGS) --show-bin-path)/verdict-meeting)"; \
	  if [ -x "$$meeting" ]; then install -m 755 $(if $(BIN),,$(STRIP_FLAG)) "$$meeting" $(BINDIR)/verdict-meeting; fi
	install -m 644 worksheets/*.yaml $(SHAREDIR)/worksheets/
	install -m 644 schemas/*.json $(SHAREDIR)/schemas/
	install -m 644 docs/verdict.1 $(MANDIR)/verdict.1
	$(BINDIR)/verdict --generate-completion-script bash > $(BASHDIR)/verdict
	$(BINDIR)/verdict --generate-completion-script zsh > $(ZSHDIR)/_verdict
	$(BINDIR)/verdict --generate-completion-script fish > $(FISHDIR)/verdict.fish

# Removes the files, then any folder install created that is now empty (never PREFIX).
uninstall:
	rm -f $(BINDIR)/verdict $(BINDIR)/verdict-meeting $(MANDIR)/verdict.1 $(BASHDIR)/verdict $(ZSHDIR)/_verdict $(FISHDIR)/verdict.fish
	rm -rf $(SHAREDIR)
	-@for dir in $(FISHDIR) $(DESTDIR)$(PREFIX)/share/fish $(ZSHDIR) $(DESTDIR)$(PREFIX)/share/zsh \
	    $(BASHDIR) $(DESTDIR)$(PREFIX)/share/bash-completion $(MANDIR) $(DESTDIR)$(PREFIX)/share/man \
	    $(DESTDIR)$(PREFIX)/share $(BINDIR); do \
	  rmdir "$$dir" 2>/dev/null || true; \
	done

manpage:
	scripts/check-manpage --write

check-manpage:
	scripts/check-manpage

clean:
	rm -rf .build $(SCRATCH)
