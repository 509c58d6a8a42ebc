#!/usr/bin/env bash
# The hostile-input corpus: generates files that are large, deep, malicious or simply
# not pledge data, runs pledgetrack on each and checks the outcome listed in
# expected.tsv (exit status and a piece of the message). Every run is bounded in time
# and, unless the binary is built with sanitizers, in memory.
#   run.sh PLEDGETRACK WORKDIR SANITIZED(ON|OFF)
set -uo pipefail
pledgetrack=$1
work=$2
sanitized=$3
here=$(cd "$(dirname "$0")" && pwd)

rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 2
ns='xmlns="urn:pledgetrack:pledges" version="1"'

# --- generated inputs -------------------------------------------------------------
# 300 MB: refused unread by the default 64 MiB limit.
{ echo "<pledgetrack $ns>"; head -c 300000000 /dev/zero | tr '\0' ' '; echo '</pledgetrack>'; } > huge.xml
# 60 MB of real content, under the limit: read, parsed and checked.
/usr/bin/python3 - <<'PY'
with open("large.xml", "w") as out:
    out.write('<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">\n')
    for i in range(400000):
        out.write(f'  <category id="c{i}"><title>Category number {i} with a longer title</title></category>\n')
    out.write('</pledgetrack>\n')
PY
# 100,000 nested elements.
/usr/bin/python3 -c "print('<pledgetrack $ns>' + '<a>' * 100000 + '</a>' * 100000 + '</pledgetrack>')" > deep.xml
# Entity expansion, external entities, XInclude.
cat > billion-laughs.xml <<XML
<?xml version="1.0"?>
<!DOCTYPE pledgetrack [
  <!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<pledgetrack $ns><category id="x"><title>&i;</title></category></pledgetrack>
XML
cat > external-entity.xml <<XML
<?xml version="1.0"?>
<!DOCTYPE pledgetrack [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<pledgetrack $ns><category id="x"><title>&secret;</title></category></pledgetrack>
XML
cat > xinclude.xml <<XML
<pledgetrack $ns xmlns:xi="http://www.w3.org/2001/XInclude">
  <xi:include href="file:///etc/passwd" parse="text"/>
</pledgetrack>
XML
: > empty.xml
printf 'PK\003\004\024\000\000\000\010\000' > workbook.xml
/usr/bin/python3 -c "import random, sys; random.seed(7); sys.stdout.buffer.write(random.randbytes(4096))" > random.xml
printf '\xff\xfe<\x00p\x00' > utf16.xml
printf '<pledgetrack %s><category id="c"><title>Hanoi\001</title></category></pledgetrack>' "$ns" > control-character.xml
printf '<pledgetrack %s><category id="c"><title>H\xe0 N\xf4i</title></category></pledgetrack>' "$ns" > latin1.xml
# An attribute and a text of 100,000 characters each: valid, truncated in the workbook.
/usr/bin/python3 - <<'PY'
long = "x" * 100000
with open("long-values.xml", "w") as out:
    out.write(f'''<pledgetrack xmlns="urn:pledgetrack:pledges" version="1">
  <category id="c"><title>Cat [1]: a/b\\c*?</title></category>
  <person id="p" side="VN"><name>P</name></person>
  <item id="i" category="c"><title>I</title></item>
  <meeting id="m" kind="talks" place="Hanoi"><title>T</title><date>2024-01-02</date>
    <participant person="p" role="Minister"/>
    <source id="s" publisher="{long}" language="en" type="state-media" outlet="VN"><title>T</title><url>https://example.org/a</url></source>
    <pledge item="i" side="VN" speaker="p" kind="pledge" sources="s"><summary>{long}</summary></pledge>
  </meeting>
</pledgetrack>
''')
PY
# Text that looks like spreadsheet formulas.
cat > formulas.xml <<XML
<pledgetrack $ns>
  <category id="c"><title>=1+1</title></category>
  <person id="p" side="VN"><name>@SUM(A1:A9)</name></person>
  <item id="i" category="c"><title>+cmd|' /C calc'!A0</title></item>
  <meeting id="m" kind="talks" place="-2+3"><title>=HYPERLINK("https://evil.example","click")</title><date>2024-01-02</date>
    <participant person="p" role="=A1"/>
    <source id="s" publisher="@evil" language="en" type="state-media" outlet="VN"><title>=T</title><url>https://example.org/a</url></source>
    <pledge item="i" side="VN" speaker="p" kind="pledge" sources="s"><summary>=HYPERLINK("https://evil.example","x")</summary></pledge>
  </meeting>
</pledgetrack>
XML
# 5,000 files in one directory, and a symlink loop beside them.
mkdir -p many && for i in $(seq 1 5000); do
  printf '<pledgetrack %s><category id="c%d"><title>C %d</title></category></pledgetrack>\n' "$ns" "$i" "$i" > "many/f$i.xml"
done
ln -s . many/loop
mkdir -p unreadable && ln -s /nonexistent/file.xml unreadable/dangling.xml

# --- the checks ---------------------------------------------------------------------
failures=0
run() {  # NAME EXPECTED_EXIT EXPECTED_TEXT ARGS...
  local name=$1 expected_exit=$2 expected_text=$3
  shift 3
  local output status
  if [[ $sanitized == ON ]]; then
    output=$(timeout 300 "$pledgetrack" "$@" 2>&1)
  else
    # 2 GiB of address space: far more than any of these inputs may take.
    output=$(ulimit -v 2097152; timeout 300 "$pledgetrack" "$@" 2>&1)
  fi
  status=$?
  if [[ $status -ne $expected_exit || $output != *"$expected_text"* ]]; then
    echo "FAIL $name: exit $status (expected $expected_exit), output:"
    printf '%s\n' "$output" | head -c 600 | sed 's/^/    /'
    echo "    expected to contain: $expected_text"
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

while IFS=$'\t' read -r name expected_exit expected_text command; do
  [[ -z $name || $name == \#* ]] && continue
  eval "args=($command)"
  run "$name" "$expected_exit" "$expected_text" "${args[@]}"
done < "$here/expected.tsv"

# Disk full while writing: the report is larger than the files this run may write
# (ulimit -f, with SIGXFSZ ignored so writes fail with EFBIG as on a full disk). The
# previous report must stay byte-identical and no temporary file may be left behind.
cp formulas.xlsx before.xlsx
output=$(trap '' XFSZ; ulimit -f 16; "$pledgetrack" report "$here/../../seeds" -o formulas.xlsx --as-of 2025-01-01 2>&1)
status=$?
if [[ $status -eq 2 && $output == *"the previous report is unchanged"* ]] && cmp -s before.xlsx formulas.xlsx &&
   ! ls -A | grep -q '^\.formulas\.xlsx\.tmp'; then
  echo "ok   disk-full-keeps-report"
else
  echo "FAIL disk-full-keeps-report: exit $status, output: $output"
  failures=$((failures + 1))
fi

# The workbook from hostile text: formulas stay text, long cells are cut, names with
# sheet-name characters are harmless; an independent reader must open it.
/usr/bin/python3 - "$work" <<'PY' || failures=$((failures + 1))
import sys, openpyxl
work = sys.argv[1]
book = openpyxl.load_workbook(f"{work}/formulas.xlsx")
cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
risky = [c for c in cells if c.value[:1] in "=+-@"]
assert risky, "the formula-like texts should be in the workbook"
assert all(c.data_type == "s" for c in risky), [(c.coordinate, c.data_type) for c in risky if c.data_type != "s"]
long = openpyxl.load_workbook(f"{work}/long.xlsx")["Pledges"]
assert len(long["I2"].value) == 32767 and long["I2"].value.endswith(" [truncated]")
print("ok   workbook cells: formulas are text, long cells truncated")
PY

echo "$failures hostile-input check(s) failed"
[[ $failures -eq 0 ]]
