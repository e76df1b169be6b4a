"""Every message a user can see, in one place, each saying what happened and what to do next."""

from __future__ import annotations


class MinutesExtractError(Exception):
    """Base class for the errors minutes-extract raises on purpose."""


class InputError(MinutesExtractError):
    """An input file cannot be read as a committee paper."""


class PatternDataError(MinutesExtractError):
    """A rule data file under models/ is malformed; the message names the file and line."""


class PipelineError(MinutesExtractError):
    """The spaCy pipeline could not be built from models/config.cfg."""


class EngineError(MinutesExtractError):
    """The engine asked for cannot run: a bad option, a missing extra or an unreachable scheduler."""


class Messages:
    """User-facing messages, coded so a log line can be matched to its cause."""

    E001 = "E001 the file is empty: there is no text to extract"
    E002 = "E002 the file holds only blank lines or spaces: there is no text to extract"
    E003 = "E003 the file looks binary, not text ({detail}): check it is a committee paper saved as text"
    E004 = (
        "E004 the text's character encoding could not be worked out: "
        "save the file as UTF-8 and run again"
    )
    E005 = "E005 the file could not be opened ({detail}): check it exists and you may read it"
    E006 = "E006 the paper could not be processed ({detail}): please report this with the file attached"
    E007 = (
        "E007 the file is {size_mb:.1f} MB, over the {limit_mb:g} MB limit: split it into smaller files, "
        "or raise the limit with --max-size-mb"
    )
    E008 = "E008 the paper went missing during the run: run again, and report it if it happens again"
    E009 = "E009 the {kind} holds no text to extract"
    E010 = "E010 {path}:{line}: {detail} (fix this row of the rule data file)"
    E011 = "E011 rule data file {name} was not found in the installed package: reinstall minutes-extract"
    E020 = "E020 no input files found in {paths}: give files or folders that hold committee papers"
    E021 = "E021 {path} does not exist: check the path"
    E030 = "E030 {path}:{line}: not a valid record ({detail})"
    E040 = "E040 the PDF has no text layer (is it a scanned PDF?): run OCR on it first and try again"
    E041 = "E041 the PDF is password-protected: save a copy without the password and try again"
    E042 = "E042 the PDF is damaged and could not be read ({detail}): download or export it again"
    E043 = (
        "E043 the Word file is damaged or incomplete ({detail}): download it again, or open it in Word "
        "and save it again"
    )
    E044 = "E044 the XML could not be read ({detail}): check it is a complete ModernGov GetMeeting response"
    E045 = (
        "E045 this XML is not a ModernGov meeting (its root is <{root}>): give the output of the "
        "GetMeeting web service, or the meeting's PDF"
    )
    E046 = "E046 {kind} files cannot be read: save the paper as PDF, Word (.docx), HTML or plain text"
    E047 = "E047 this is {kind}, not a file: give the paper itself (a FIFO or a device is never read)"
    E048 = "E048 this link points to {target}, which does not exist: fix or remove the link"
    E049 = "E049 this link leads round in a loop and never reaches a file: fix or remove the link"
    E050 = (
        "E050 the Word file unpacks to {size_mb:.0f} MB, over the {limit_mb:g} MB a paper may hold "
        "(is it a zip bomb?): open it in Word and save it again, or split it"
    )
    E051 = (
        "E051 the {kind} declares XML entities or a document type, which papers never do (an "
        "entity-expansion attack, 'billion laughs'): download or export the file again"
    )
    E052 = (
        "E052 the paper's text is {chars:,} characters, over the {limit:,} characters one paper may hold: "
        "split it into smaller files"
    )
    E053 = (
        "E053 the paper took more than the {seconds:g} s one paper may take: split it into smaller files, "
        "or allow more time with --max-seconds"
    )
    E054 = (
        "E054 the paper needed more than the {memory_mb:g} MB of memory one paper may use: split it into "
        "smaller files, or allow more with --max-memory-mb"
    )
    E055 = "E055 the output {path} is a folder: give a file name for the records, e.g. {path}/records.jsonl"
    E056 = (
        "E056 another minutes-extract run is writing {path} (its lock is {lock}): wait for it to finish, "
        "or write to another file"
    )
    E057 = "E057 the disk is full: {path} could not be written; free some space and run again with --resume"
    E058 = "E058 {path} is on a read-only disk: write the records somewhere else with -o"
    E059 = "E059 you may not write {path} ({detail}): write the records elsewhere with -o, or ask for access"
    E060 = (
        "E060 the worker processing this paper stopped unexpectedly, twice (out of memory, or a crash in a "
        "library): run it alone with `minutes-extract run FILE --jobs 1 -v` and report it with the file attached"
    )
    E061 = "E061 {spec!r} is not a shard: give it as INDEX/COUNT with 0 <= INDEX < COUNT, e.g. --shard 0/4"
    E062 = "E062 --jobs must be 1 or more (it is {jobs})"
    E063 = "E063 unknown engine {engine!r}: use one of {engines}"
    E064 = (
        "E064 the dask engine needs Dask's distributed scheduler, which is not installed: "
        "run `pip install -e '.[dask]'` in the minutes-extract checkout (or `pip install 'dask[distributed]'`) "
        "and try again"
    )
    E065 = "E065 could not reach the Dask scheduler at {address} ({detail}): check it is running and the address"
    E066 = "E066 --scheduler only applies to --engine dask"
    E067 = (
        "E067 {path}:{line}: records before the first document record: "
        "is this a file written by `minutes-extract run`?"
    )
    E068 = (
        "E068 {source} is in both {first} and {second}: merge the parts of one sharded run "
        "(the same --shard COUNT over the same inputs)"
    )
    E069 = "E069 --docs must be 1 or more (it is {docs})"
    E070 = "E070 the benchmark's {measure} measurement failed ({detail}): re-run it; if it fails again, report it"
    E080 = (
        "E080 {path}: record {record_id} does not follow its paper's document record: give a file written by "
        "`minutes-extract run` or `merge` (or part files joined with `cat`)"
    )
    E081 = (
        "E081 {path}: the paper {source} is in the file twice: load one run's records "
        "(merge the parts of a sharded run with `minutes-extract merge`)"
    )
    E082 = (
        "E082 this database was built by an older minutes-extract, which kept one row for identical files "
        "at two paths: delete it (or give a new file name) and load again"
    )
    E083 = (
        "E083 the parts of a run sharded {count} ways are not all there ({problems}): give each of "
        "OUT.part-*-of-{count}.jsonl once, re-running any missing shard with "
        "`minutes-extract run … --shard I/{count}`"
    )
    E084 = (
        "E084 {path}: not the part files of one sharded run: give the files named OUT.part-I-of-N.jsonl "
        "that one `minutes-extract run … --shard I/N` over the same inputs and -o wrote"
    )
    E085 = (
        "E085 {gold} holds no gold files (*.json): give the folder of gold annotations, "
        "e.g. --gold corpus/gold"
    )
    E086 = (
        "E086 none of the {count} gold files in {gold} matched a paper in {records} "
        "(by sha256 or file name): run `minutes-extract run` on the papers the gold describes, "
        "or give the gold folder for this run"
    )
    E090 = (
        "E090 the PDF's text layer cannot be read (its fonts do not say which letters they draw): run OCR "
        "on it, or export it from the original document again"
    )
    E071 = (
        "E071 a local Dask cluster could not be started ({detail}): it listens on 127.0.0.1, so the machine "
        "needs its loopback interface; start a scheduler yourself and give --scheduler, or use --engine local"
    )
    E072 = "E072 standard input ('-') must be the only input, read by --engine local"
    E073 = "E073 the folder {path} could not be read ({detail}): its files were skipped"
    E074 = "E074 {path} links outside the input folder, to {target}: skipped (give --follow-links to read it)"
    E075 = "E075 --resume needs an output file: it cannot resume a run written to standard output or a device"
    E076 = "E076 {path} could not be written ({detail})"
