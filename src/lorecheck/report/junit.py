"""JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure): one testcase per finding.

Findings are grouped into one testsuite per file; a run without findings is
one passing testcase, so the report is never empty.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import groupby


def render(result) -> str:
    diagnostics = sorted(result.diagnostics, key=lambda d: d.sort_key())
    suites = ET.Element("testsuites", name="lorecheck", tests=str(max(len(diagnostics), 1)),
                        failures=str(len(diagnostics)), errors="0")
    for path, group in groupby(diagnostics, key=lambda d: d.span.path):
        group = list(group)
        suite = ET.SubElement(suites, "testsuite", name=path, tests=str(len(group)),
                              failures=str(len(group)), errors="0")
        for d in group:
            s = d.span
            case = ET.SubElement(suite, "testcase", classname=path, name=f"{d.rule} at line {s.line}, column {s.column}",
                                 file=path, line=str(s.line))
            failure = ET.SubElement(case, "failure", message=d.message, type=d.severity.value)
            failure.text = "\n".join([f"{s.path}:{s.line}:{s.column}: {d.severity.value}: {d.message} [{d.rule}]"]
                                     + [f"{r.span.path}:{r.span.line}:{r.span.column}: note: {r.message}"
                                        for r in d.related])
    if not diagnostics:
        suite = ET.SubElement(suites, "testsuite", name="lorecheck", tests="1", failures="0", errors="0")
        ET.SubElement(suite, "testcase", classname="lorecheck", name=f"{result.files} files checked")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
