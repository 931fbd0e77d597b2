#!/usr/bin/env bash
# Lists the functions, initialisers and computed bodies in Swift sources longer than a limit (STYLE.md: a
# function that needs a comment per step is several functions named for the steps, each under ~80 lines).
# A function's length counts from its `func`/`init` line to the line of its closing brace, both included.
#
#   bash Scripts/long-functions.sh [LIMIT] [PATH…]   default: 80 lines, the package's Sources; exit 1 when one
#                                                    is longer (PATHs are relative to the current directory)
set -euo pipefail
limit=${1:-80}
shift || true
if [ $# -eq 0 ]; then
  cd "$(dirname "$0")/.."
  set -- Sources
fi

find "$@" -name '*.swift' -print0 | sort -z | xargs -0 awk -v limit="$limit" '
# Counts the braces of one line outside string literals and comments (multi-line strings are tracked
# across lines; "\(…)" interpolation braces balance themselves, so they need no special case).
function braces(line,    i, c, n, next2) {
    n = 0
    for (i = 1; i <= length(line); i++) {
        c = substr(line, i, 1)
        next2 = substr(line, i, 3)
        if (inblock) { if (substr(line, i, 2) == "*/") { inblock = 0; i++ }; continue }
        if (inmulti) { if (next2 == "\"\"\"") { inmulti = 0; i += 2 }; continue }
        if (instring) {
            if (c == "\\") { i++; continue }
            if (c == "\"") instring = 0
            continue
        }
        if (substr(line, i, 2) == "//") break
        if (substr(line, i, 2) == "/*") { inblock = 1; i++; continue }
        if (next2 == "\"\"\"") { inmulti = 1; i += 2; continue }
        if (c == "\"") { instring = 1; continue }
        if (c == "{") n++
        else if (c == "}") n--
    }
    instring = 0
    return n
}
FNR == 1 { depth = 0; top = 0; inmulti = 0; inblock = 0 }
{
    # A declaration without a body (a protocol requirement) ends where the next declaration or scope end starts.
    if (top && !opened && FNR > startLine && $0 ~ /^[ \t]*(@|}|\/\/|(public |private |package |internal |fileprivate |static |mutating |nonisolated |override |final )*(func|var|let|init|case|subscript|typealias|associatedtype)[ (<?!])/) top = 0
    if (!inmulti && !inblock && top == 0 && $0 ~ /(^|[^A-Za-z_])(func [^(]+|init[?!]?)[(<]/) {
        name = $0
        sub(/^[ \t]+/, "", name)
        sub(/[(<].*/, "", name)
        sub(/.*func /, "", name)
        top = 1; startLine = FNR; startDepth = depth; opened = 0
    }
    delta = braces($0)
    depth += delta
    if (top && depth > startDepth) opened = 1
    if (top && opened && depth <= startDepth) {
        length_ = FNR - startLine + 1
        if (length_ > limit) { printf "%4d %s:%d %s\n", length_, FILENAME, startLine, name; found = 1 }
        top = 0
    }
}
END { exit found ? 1 : 0 }
'
