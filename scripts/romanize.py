"""Romanizations of given names written in Cyrillic, Georgian, Armenian and
Greek, as English-language news spells them: every common spelling, since
news does not keep to one system (Sergei and Sergey, Dmitry and Dmitriy,
Serhiy and Serhii, Yulia and Yuliya).

romanize(name, script) returns up to MAX_VARIANTS spellings, the usual one
first. The systems: Russian by BGN/PCGN, with the variants news uses for
е, ё, й, -ий, -ия and кс; Ukrainian by BGN/PCGN and Ukraine's national
system (2010); Macedonian by its official romanization; Georgian by the
national system (2002); Armenian by BGN/PCGN; Greek by ELOT 743 with the
older ch/h and mp/b variants.
"""
import itertools
import unicodedata

MAX_VARIANTS = 8

SCRIPTS = ("russian", "ukrainian", "macedonian", "georgian", "armenian", "greek")

_CYRILLIC_VOWELS = set("аеёиоуыэюяіїє")

_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def _russian(w, i):
    c = w[i]
    last = len(w) - 1
    if c == "е":
        # ye at the start and after a vowel or a sign (Yevgeny, Evgeny); e elsewhere.
        initial = i == 0 or w[i - 1] in _CYRILLIC_VOWELS or w[i - 1] in "ьъ"
        return (["ye", "e"] if initial else ["e"]), 1
    if c == "ё":
        return ["yo", "e"], 1
    if c == "и" and i + 1 == last and w[last] == "й":
        return ["iy", "y", "i", "ii"], 2  # Dmitriy, Dmitry, Dmitri, Dmitrii
    if c == "и" and i + 1 == last and w[last] == "я":
        return ["iya", "ia"], 2  # Yuliya, Yulia
    if c == "й":
        return ["y", "i"], 1
    if c == "к" and i + 1 < len(w) and w[i + 1] == "с":
        return ["ks", "x"], 2  # Aleksei, Alexei
    return [_RUSSIAN.get(c, c)], 1


_UKRAINIAN = dict(_RUSSIAN, **{"г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i"})


def _ukrainian(w, i):
    c = w[i]
    if c == "є":
        return ["ye", "ie"], 1
    if c == "ї":
        return ["yi", "i"], 1
    if c == "і" and i + 1 == len(w) - 1 and w[-1] == "й":
        return ["iy", "ii", "i"], 2  # Serhiy, Serhii; Vitali
    if c == "ю":
        return ["yu", "iu"], 1
    if c == "я":
        return ["ya", "ia"], 1
    if c == "й":
        return ["y", "i"], 1
    if c in "'’ʼ":
        return [""], 1
    return [_UKRAINIAN.get(c, c)], 1


_MACEDONIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ѓ": "gj", "е": "e", "ж": "zh", "з": "z", "ѕ": "dz",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "ќ": "kj", "у": "u", "ф": "f", "х": "h", "ч": "ch", "џ": "dzh", "ш": "sh",
}


def _macedonian(w, i):
    if w[i] == "ц":
        return ["ts", "c"], 1
    return [_MACEDONIAN.get(w[i], w[i])], 1


_GEORGIAN = dict(zip(
    "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
    ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zh", "r", "s", "t", "u",
     "p", "k", "gh", "q", "sh", "ch", "ts", "dz", "ts", "ch", "kh", "j", "h"]))


def _georgian(w, i):
    return [_GEORGIAN.get(w[i], w[i])], 1


_ARMENIAN = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh", "ի": "i",
    "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y",
    "ն": "n", "շ": "sh", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
    "ց": "ts", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}


def _armenian(w, i):
    c = w[i]
    if c == "ո" and i + 1 < len(w) and w[i + 1] == "ւ":
        return ["u"], 2
    if c == "ո":
        return (["vo"] if i == 0 else ["o"]), 1
    if c == "ե":
        return (["ye", "e"] if i == 0 else ["e"]), 1
    return [_ARMENIAN.get(c, c)], 1


_GREEK = {
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k",
    "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t",
    "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
}
_GREEK_PAIRS = {
    "ου": ["ou"], "αι": ["ai"], "ει": ["ei", "i"], "οι": ["oi"], "αυ": ["av"], "ευ": ["ev"], "μπ": ["b", "mp"],
    "ντ": ["d", "nt"], "γκ": ["g"], "γγ": ["ng"],
}


def _greek(w, i):
    if w[i:i + 2] in _GREEK_PAIRS:
        return _GREEK_PAIRS[w[i:i + 2]], 2
    if w[i] == "χ":
        return ["ch", "h"], 1  # Christos, Hristos
    return [_GREEK.get(w[i], w[i])], 1


_RULES = {"russian": _russian, "ukrainian": _ukrainian, "macedonian": _macedonian, "georgian": _georgian,
          "armenian": _armenian, "greek": _greek}


def romanize(name, script):
    """The romanizations of one-word `name` in `script` (one of SCRIPTS), capitalized; [] if
    a letter has no romanization."""
    word = name.lower()
    if script == "greek":
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    rules = _RULES[script]
    choices = []
    i = 0
    while i < len(word):
        options, used = rules(word, i)
        choices.append(options)
        i += used
    out = []
    for combo in itertools.product(*choices):
        spelling = "".join(combo)
        if spelling and spelling.isascii() and spelling.isalpha() and spelling not in out:
            out.append(spelling)
            if len(out) == MAX_VARIANTS:
                break
    return [s[0].upper() + s[1:] for s in out]


if __name__ == "__main__":
    examples = [("Сергей", "russian", "Sergey"), ("Дмитрий", "russian", "Dmitry"), ("Алексей", "russian", "Alexei"),
                ("Юлия", "russian", "Yulia"), ("Сергій", "ukrainian", "Serhii"), ("Володимир", "ukrainian", "Volodymyr"),
                ("ირაკლი", "georgian", "Irakli"), ("მიხეილ", "georgian", "Mikheil"), ("Նիկոլ", "armenian", "Nikol"),
                ("Κυριάκος", "greek", "Kyriakos"), ("Христос", "macedonian", "Hristos")]
    for name, script, want in examples:
        got = romanize(name, script)
        assert want in got, (name, got)
    print("romanize: ok")
