#!/usr/bin/env python3
"""Regenerates Tests/Fixtures/broken/*.yaml from good/sample.yaml: one broken rule per file."""
import os
here = os.path.dirname(os.path.abspath(__file__))
base = open(os.path.join(here, 'good', 'sample.yaml')).read()
out = os.path.join(here, 'broken')
def fx(name, desc, *subs, text=None, raw=None):
    t = base if text is None else text
    for old, new in subs:
        assert t.count(old) == 1, (name, old)
        t = t.replace(old, new)
    data = ('# Broken on purpose: %s\n' % desc + t).encode() if raw is None else raw
    open(os.path.join(out, name + '.yaml'), 'wb').write(data)

fx('01-malformed-yaml', 'a mapping value where none is allowed', ('title: Django or Flask?', 'title: Django: or: Flask?'))
fx('02-root-not-mapping', 'the document is a list', text='- one\n- two\n')
fx('03-format-not-1', 'format version 2', ('format: 1', 'format: 2'))
fx('04-format-missing', 'no format field', ('format: 1\n', ''))
fx('05-unknown-top-field', 'a misspelt field', ('version: "1.0.0"', 'versoin: "1.0.0"'))
fx('06-missing-title', 'no title', ('title: Django or Flask?\n', ''))
fx('07-bad-id-syntax', 'an id with capitals and underscores', ('id: sample', 'id: My_Sheet'))
fx('08-duplicate-option-id', 'two options with one id', ('  - id: flask\n    name: Flask\n', '  - id: flask\n    name: Flask\n  - id: django\n    name: Django again\n'))
fx('09-duplicate-section-id', 'two sections with one id',
   ('          - id: big\n            label: Big\n            points: {django: 2, flask: 0.5}\n            reason: Big favours Django.\n            excludes: [flask]\n',
    '          - id: big\n            label: Big\n            points: {django: 2, flask: 0.5}\n            reason: Big favours Django.\n            excludes: [flask]\n'
    '  - id: team\n    title: Team again\n    questions:\n      - id: extra\n        prompt: Extra?\n        help: More.\n        kind: yesno\n'
    '        answers:\n          - {id: yes, label: Yes, reason: Yes it is.}\n          - {id: no, label: No, reason: No it is not.}\n'))
fx('10-duplicate-question-id', 'a question id used twice across sections',
   ('          - id: big\n            label: Big\n            points: {django: 2, flask: 0.5}\n            reason: Big favours Django.\n            excludes: [flask]\n',
    '          - id: big\n            label: Big\n            points: {django: 2, flask: 0.5}\n            reason: Big favours Django.\n            excludes: [flask]\n'
    '  - id: more\n    title: More\n    questions:\n      - id: api\n        prompt: API again?\n        help: More.\n        kind: yesno\n'
    '        answers:\n          - {id: yes, label: Yes, reason: Yes it is.}\n          - {id: no, label: No, reason: No it is not.}\n'))
fx('11-duplicate-answer-id', 'two answers with one id', ('          - id: big\n', '          - id: small\n'))
fx('12-duplicate-source-id', 'two sources with one id', ('    url: https://example.com\n', '    url: https://example.com\n  - id: post\n    title: Again\n'))
fx('13-points-unknown-option', 'points for an option that does not exist', ('points: {flask: 2}', 'points: {rails: 2}'))
fx('14-excludes-unknown-option', 'excludes names an unknown option', ('excludes: [flask]', 'excludes: [pyramid]'))
fx('15-requires-unknown-option', 'requires names an unknown option', ('            excludes: [flask]\n', '            requires: pyramid\n'))
fx('16-showwhen-unknown-question', 'showWhen names an unknown question', ('showWhen: {question: api,', 'showWhen: {question: apis,'))
fx('17-showwhen-unknown-answer', 'showWhen names an unknown answer', ('answers: [yes]}', 'answers: [maybe]}'))
fx('18-showwhen-cycle', 'two questions conditioned on each other', ('        sources: [post]\n', '        sources: [post]\n        showWhen: {question: size, answers: [big]}\n'))
fx('19-showwhen-self', 'a question conditioned on itself', ('showWhen: {question: api, answers: [yes]}', 'showWhen: {question: size, answers: [big]}'))
fx('20-weight-nan', 'a weight that is not a number', ('weight: 2', 'weight: .nan'))
fx('21-weight-negative', 'a negative weight', ('weight: 2', 'weight: -1'))
fx('22-points-too-large', 'points over 1000', ('points: {flask: 2}', 'points: {flask: 5000}'))
fx('23-points-infinite', 'infinite points', ('points: {flask: 1}', 'points: {flask: .inf}'))
fx('24-threshold-out-of-range', 'a threshold above 1', ('sources:\n  - id: post', 'thresholds:\n  tooClose: 0.05\n  lean: 1.5\nsources:\n  - id: post'))
fx('25-tooclose-over-lean', 'tooClose greater than lean', ('sources:\n  - id: post', 'thresholds:\n  tooClose: 0.3\n  lean: 0.2\nsources:\n  - id: post'))
fx('26-importance-bounds', 'importance min above 1 and max above 10', ('sources:\n  - id: post', 'importance:\n  min: 1.5\n  max: 20\nsources:\n  - id: post'))
fx('27-one-option', 'a single option', ('  - id: flask\n    name: Flask\n', ''), ('points: {flask: 1}', 'points: {django: 0}'),
   ('points: {flask: 2}', 'points: {django: 1}'), ('points: {django: 2, flask: 0.5}', 'points: {django: 2}'), ('            excludes: [flask]\n', ''))
fx('28-nine-options', 'nine options', ('  - id: flask\n    name: Flask\n', '  - id: flask\n    name: Flask\n' + ''.join('  - {id: o%d, name: O%d}\n' % (i, i) for i in range(3, 10))))
fx('29-one-answer', 'a question with one answer', ('          - id: big\n            label: Big\n            points: {django: 2, flask: 0.5}\n            reason: Big favours Django.\n            excludes: [flask]\n', ''))
fx('30-too-many-answers', 'a question with 13 answers', ('            excludes: [flask]\n', '            excludes: [flask]\n' + ''.join('          - {id: a%d, label: A%d, reason: Answer %d.}\n' % (i, i, i) for i in range(3, 14))))
fx('31-yesno-wrong-answers', 'a yesno question answered maybe', ('          - id: no\n', '          - id: maybe\n'))
fx('32-missing-reason', 'an answer without a reason', ('            reason: No API favours Django.\n', ''))
fx('33-empty-text', 'an empty prompt', ('prompt: How big?', 'prompt: ""'))
fx('34-escape-sequence', 'an escape sequence that clears the screen', ('help: APIs matter.', 'help: "APIs \\e[2J matter."'))
fx('35-bidi-override', 'a right-to-left override', ('label: Small', 'label: "Sm\\u202Eall"'))
fx('36-c1-control', 'a C1 control (CSI)', ('reason: Small favours Flask.', 'reason: "Small \\x9b31m favours Flask."'))
fx('37-string-too-long', 'a 4,001-character reason', ('reason: Big favours Django.', 'reason: ' + 'x' * 4001))
fx('38-undeclared-source', 'a question cites an undeclared source', ('sources: [post]', 'sources: [post, book]'))
fx('39-anchor', 'an anchor and alias', ('points: {django: 1}', 'points: &p {django: 1}'), ('points: {django: 2, flask: 0.5}', 'points: *p'))
fx('40-wrong-types', 'a text weight and a scalar answers list', ('weight: 2', 'weight: heavy'), ('required', 'required') if False else ('kind: yesno', 'kind: yesno\n        required: maybe'))
fx('41-unknown-answer-field', 'a misspelt answer field', ('            label: Small\n', '            lable: Small\n'))
fx('42-bad-kind', 'an unknown question kind', ('kind: choice', 'kind: multiple'))
fx('43-two-documents', 'two YAML documents', text=base + '---\nformat: 1\n')
fx('44-deep-nesting', 'nesting deeper than 32 levels', ('description: |', 'extra: ' + '[' * 40 + ']' * 40 + '\ndescription: |'))
fx('45-tag', 'an explicit tag', ('weight: 2', 'weight: !!float 2'))
fx('46-del-character', 'a DEL character', ('title: Django or Flask?', 'title: "Django\\x7F or Flask?"'))
fx('47-title-newline', 'a title with a line break', ('title: Django or Flask?', 'title: "Django\\nor Flask?"'))
fx('48-invalid-utf8', 'bytes that are not UTF-8', raw=('# Broken on purpose: invalid UTF-8\n' + base).replace('Batteries', 'Batt\x00eries').encode().replace(b'\x00', b'\xff'))
fx('49-raw-control-byte', 'a raw ESC byte in the file', raw=('# Broken on purpose: raw ESC byte\n' + base).replace('APIs matter.', 'APIs \x1b[2J matter.').encode())
