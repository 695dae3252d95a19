import Foundation
import Testing

@testable import NewsExtraction

/// A lemmatizer trained on (form, Penn tag, lemma) triples.
private func trainedLemmatizer(_ words: [(String, String, String)]) -> Lemmatizer {
    Lemmatizer.train(forms: words.map(\.0), xpos: words.map(\.1), lemmas: words.map(\.2))
}

/// Trees whose shape no reader would doubt, parsed with the shipped weights.
@Suite struct GrammarTests {
    let grammar = Grammar.bundled

    /// The sentence's arcs as "relation(head, dependent)", heads by word ("ROOT" for the root).
    private func arcs(_ sentence: String) -> Set<String> {
        let text = Tokenizer().tokenize(sentence)
        let parse = ArticleGrammar(text, grammar: grammar).tree(of: 0)
        return Set(
            parse.words.indices.map { word in
                let head = parse.heads[word]
                return "\(parse.relations[word])(\(head < 0 ? "ROOT" : parse.words[head]), \(parse.words[word]))"
            })
    }

    @Test func activeClause() {
        let found = arcs("Russia attacked Ukraine.")
        #expect(found.isSuperset(of: ["root(ROOT, attacked)", "nsubj(attacked, Russia)", "obj(attacked, Ukraine)"]))
        #expect(found.filter { $0.hasPrefix("root(") }.count == 1)
    }

    @Test func passiveClauseWithAgent() {
        let found = arcs("Ukraine was attacked by Russia.")
        #expect(
            found.isSuperset(of: [
                "nsubj:pass(attacked, Ukraine)", "aux:pass(attacked, was)", "obl:agent(attacked, Russia)",
                "case(Russia, by)",
            ]))
    }

    @Test func coordinatedSubjectsAndObjects() {
        let subjects = arcs("France and Germany condemned the attack.")
        #expect(subjects.isSuperset(of: ["nsubj(condemned, France)", "conj(France, Germany)", "cc(Germany, and)"]))
        let objects = arcs("Russia attacked Ukraine and Georgia.")
        #expect(objects.isSuperset(of: ["obj(attacked, Ukraine)", "conj(Ukraine, Georgia)"]))
    }

    @Test func calledOnSomeoneToDoSomething() {
        let found = arcs("The United States called on Turkey to halt its drilling.")
        #expect(found.contains("nsubj(called, States)"))
        #expect(found.contains("obl(called, Turkey)"))
        #expect(found.contains { $0.hasSuffix("(called, halt)") })
    }

    @Test func relativeClause() {
        let found = arcs("The country that invaded Ukraine faces new sanctions.")
        // The clause's object stays in the clause: a greedy parser without supertags made it the subject of "faces".
        #expect(
            found.isSuperset(of: [
                "acl:relcl(country, invaded)", "nsubj(invaded, that)", "obj(invaded, Ukraine)", "nsubj(faces, country)",
            ]))
    }

    @Test func eachOther() {
        let found = arcs("Russia and Ukraine accused each other of violations.")
        // UD English takes "each other" as one fixed expression headed by "each".
        #expect(found.isSuperset(of: ["nsubj(accused, Russia)", "obj(accused, each)", "fixed(each, other)"]))
    }

    @Test func tagsAndLemmas() {
        let parse = grammar.analyze([
            "Iran", "blamed", "Israel", "for", "the", "sanctions", "and", "was", "accusing", "it",
        ])
        #expect(parse.upos == ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN", "CCONJ", "AUX", "VERB", "PRON"])
        #expect(parse.lemmas[1] == "blame")
        #expect(parse.lemmas[5] == "sanction")
        #expect(parse.lemmas[7] == "be")
        #expect(parse.lemmas[8] == "accuse")
        #expect(parse.heads.isEmpty || parse.heads.count == parse.words.count)
    }

    @Test func everyTreeHasOneRootAndNoCycle() {
        let text = Tokenizer().tokenize(
            "Talks collapsed. \"We won't go back,\" he said, as Moscow - angry and isolated - recalled its envoy "
                + "from Kyiv; the e-mail, sent 01-Feb-02 by the U.S.-based group (its third), said so :)")
        let article = ArticleGrammar(text)
        for sentence in text.sentences.indices {
            let parse = article.tree(of: sentence)
            #expect(parse.heads.filter { $0 < 0 }.count == 1)
            for start in parse.words.indices {
                var word = start
                var steps = 0
                while word >= 0 && steps <= parse.words.count {
                    word = parse.heads[word]
                    steps += 1
                }
                #expect(word < 0)
            }
        }
    }
}

/// Words cut as UD English cuts them.
@Suite struct GrammarTokenizerTests {
    private func words(_ sentence: String) -> [String] {
        GrammarTokenizer.words(Tokenizer().tokenize(sentence), sentence: 0).map(\.form)
    }

    @Test func hyphensSplitUnlessAPrefixOrACode() {
        #expect(words("a search-engine deal") == ["a", "search", "-", "engine", "deal"])
        #expect(words("an anti-war e-mail") == ["an", "anti-war", "e-mail"])
        #expect(words("two F-16 jets") == ["two", "F-16", "jets"])
    }

    @Test func cliticsAreWordsOfOneSurfaceToken() {
        let text = Tokenizer().tokenize("Russia's envoy didn't come.")
        let cut = GrammarTokenizer.words(text, sentence: 0)
        #expect(cut.map(\.form) == ["Russia", "'s", "envoy", "did", "n't", "come", "."])
        #expect(cut.map(\.joinsPrevious) == [false, true, false, false, true, false, false])
        #expect(ConlluWriter.multiwordTokens(cut, text: text).map(\.form) == ["Russia's", "didn't"])
    }

    @Test func marksAndNamesThatStayWhole() {
        #expect(words("See alt.animals.cat -----") == ["See", "alt.animals.cat", "-----"])
        #expect(words("Really?! :)") == ["Really", "?!", ":)"])
        #expect(words("Britain 's reforms") == ["Britain", "'s", "reforms"])
    }

    @Test func offsetsCutTheirWordsOutOfTheText() {
        let sentence = "The U.S.-led e-mail (search-engine) can't wait."
        let text = Tokenizer().tokenize(sentence)
        for word in GrammarTokenizer.words(text, sentence: 0) {
            #expect(text.slice(word.start, word.end) == word.form)
        }
    }
}

/// Training: a tiny treebank, trained twice, gives the same bytes, and the bytes load again.
@Suite struct GrammarTrainerTests {
    static let treebank = """
        1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\t_
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        1\tFrance\tFrance\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
        2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_
        3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_
        4\tattacks\tattack\tNOUN\tNNS\t_\t2\tobj\t_\t_
        5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

        """

    @Test func trainingIsDeterministicAndRoundTrips() throws {
        let sentences = TreebankSentence.read(conllu: Self.treebank)
        #expect(sentences.count == 2)
        var trainer = GrammarTrainer()
        trainer.taggerEpochs = 3
        trainer.parserEpochs = 3
        let first = trainer.train(sentences, dev: sentences).serialized()
        let second = trainer.train(sentences, dev: sentences).serialized()
        #expect(first == second)
        let loaded = try Grammar(bytes: first)
        #expect(loaded.serialized() == first)
        #expect(loaded.analyze(["Russia", "attacked", "Ukraine", "."]).words.count == 4)
        #expect(throws: Grammar.FormatError.badMagic) { try Grammar(bytes: Array("XXXX".utf8)) }
        #expect(throws: Grammar.FormatError.truncated) { try Grammar(bytes: Array(first.prefix(first.count / 2))) }
        // No damage to the file may make loading or using it trap: each byte in turn set to 0xff.
        for index in stride(from: 4, to: first.count, by: max(1, first.count / 400)) {
            var damaged = first
            damaged[index] = 0xff
            if let grammar = try? Grammar(bytes: damaged) {
                #expect(grammar.analyze(["Russia", "attacked", "Ukraine", "."]).heads.count == 4)
            }
        }
    }

    @Test func lemmatizerLearnsRulesExceptionsAndNumbers() {
        let words: [(String, String, String)] = [
            ("invoked", "VBD", "invoke"), ("evoked", "VBD", "evoke"), ("looked", "VBD", "look"),
            ("booked", "VBD", "book"), ("cooked", "VBD", "cook"), ("went", "VBD", "go"), ("provoke", "VB", "provoke"),
            ("1,200", "CD", "1200"), ("7", "CD", "7"), ("12", "CD", "12"), ("Paris", "NNP", "Paris"),
            ("arab", "JJ", "Arab"), ("punjab", "JJ", "Punjab"), ("big", "JJ", "big"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        #expect(lemmatizer.lemma("provoked", xpos: "VBD") == "provoke")
        #expect(lemmatizer.lemma("hooked", xpos: "VBD") == "hook")
        #expect(lemmatizer.lemma("Went", xpos: "VBD") == "go")
        #expect(lemmatizer.lemma("6,606", xpos: "CD") == "6606")
        #expect(lemmatizer.lemma("6,60", xpos: "CD") == "6,60")
        #expect(lemmatizer.lemma("Lyon", xpos: "NNP") == "Lyon")
        // A rule that rewrites a whole word is no rule for the words that end like it.
        #expect(lemmatizer.lemma("fab", xpos: "JJ") == "fab")
    }

    @Test func lemmatizerTriesASecondRuleForAnUnknownVerb() {
        let words: [(String, String, String)] = [
            ("looking", "VBG", "look"), ("booking", "VBG", "book"), ("cooking", "VBG", "cook"),
            ("invoking", "VBG", "invoke"), ("evoking", "VBG", "evoke"), ("decline", "VB", "decline"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        // -ing -> "" gives "declin", no known lemma; the second rule, -ing -> e, gives one.
        #expect(lemmatizer.lemma("declining", xpos: "VBG") == "decline")
        #expect(lemmatizer.lemma("hooking", xpos: "VBG") == "hook")
        // An unknown adjective stays as it is: no second rule for it.
        #expect(lemmatizer.lemma("declinable", xpos: "JJ") == "declinable")
    }

    @Test func lemmatizerKeepsAWordsOnlyLemmaUnderAnyTag() {
        let words: [(String, String, String)] = [
            ("glorped", "VBD", "glorp"), ("glorped", "VBN", "glorp"), ("glorp", "VB", "glorp"),
            ("blorted", "VBN", "blort"), ("blorted", "JJ", "blorted"), ("blorted", "JJ", "blorted"),
            ("snarfed", "VBD", "snarf"), ("Zindle", "NN", "zindle"), ("Zindle", "NN", "zindle"),
            ("tall", "JJ", "tall"), ("Quax", "NNP", "Quax"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        // Seen twice, always with one lemma: a wrong tag does not change it.
        #expect(lemmatizer.lemma("glorped", xpos: "JJ") == "glorp")
        #expect(lemmatizer.lemma("Zindle", xpos: "NNP") == "zindle")
        // Two lemmas, or seen once: the tag decides.
        #expect(lemmatizer.lemma("blorted", xpos: "JJ") == "blorted")
        #expect(lemmatizer.lemma("blorted", xpos: "VBN") == "blort")
        #expect(lemmatizer.lemma("snarfed", xpos: "JJ") == "snarfed")
        #expect(lemmatizer.lemma("Quax", xpos: "NNP") == "Quax")
    }

    @Test func lemmatizerKeepsTheCaseOfAnAddress() {
        let words: [(String, String, String)] = [
            ("Jo.Doe@Plonk.com", "ADD", "Jo.Doe@Plonk.com"),
            ("http://Plonk.org/Index", "ADD", "http://Plonk.org/Index"), ("plonk.net", "ADD", "plonk.net"),
            ("Plonk", "NN", "plonk"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        #expect(lemmatizer.lemma("Ann.Roe@Zorp.org", xpos: "ADD") == "Ann.Roe@Zorp.org")
        #expect(lemmatizer.lemma("Zorp", xpos: "NN") == "zorp")
    }

    @Test func lemmatizerReadsHasInAnSBeforeBeenOrGot() {
        let words: [(String, String, String)] = [
            ("'s", "VBZ", "be"), ("'s", "VBZ", "be"), ("'s", "POS", "'s"), ("been", "VBN", "be"), ("got", "VBN", "get"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        #expect(
            lemmatizer.lemmas(["Zorp", "'s", "been", "glorping"], xpos: ["NNP", "VBZ", "VBN", "VBG"])[1] == "have")
        #expect(
            lemmatizer.lemmas(
                ["Zorp", "\u{2019}s", "got", "it"], xpos: ["NNP", "VBZ", "VBN", "PRP"])[1] == "have")
        #expect(lemmatizer.lemmas(["Zorp", "'s", "glorpy"], xpos: ["NNP", "VBZ", "JJ"])[1] == "be")
        #expect(lemmatizer.lemmas(["Zorp", "'s", "been"], xpos: ["NNP", "POS", "VBN"])[1] == "'s")
    }

    @Test func lemmatizerReadsHerByTheNextTag() {
        let words: [(String, String, String)] = [("her", "PRP$", "her"), ("her", "PRP", "she"), ("car", "NN", "car")]
        let lemmatizer = trainedLemmatizer(words)
        #expect(lemmatizer.lemmas(["saw", "her", "the", "day"], xpos: ["VBD", "PRP$", "DT", "NN"])[1] == "she")
        #expect(lemmatizer.lemmas(["saw", "her"], xpos: ["VBD", "PRP$"])[1] == "she")
        #expect(lemmatizer.lemmas(["her", "new", "car"], xpos: ["PRP$", "JJ", "NN"])[0] == "her")
        #expect(lemmatizer.lemmas(["her", "car"], xpos: ["PRP", "NN"])[0] == "her")
        #expect(lemmatizer.lemmas(["saw", "her", "."], xpos: ["VBD", "PRP", "."])[1] == "she")
    }

    @Test func lemmatizerGivesACommonWordNoNamesLemma() {
        let words: [(String, String, String)] = [
            ("looked", "VBN", "look"), ("booked", "VBN", "book"), ("cooked", "VBN", "cook"),
            ("invoked", "VBN", "invoke"), ("evoked", "VBN", "evoke"), ("time", "NN", "time"), ("Tim", "NNP", "Tim"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        // -ed -> "" gives "tim", known only as a name; the second rule gives a common word.
        #expect(lemmatizer.lemma("timed", xpos: "VBN") == "time")
        #expect(lemmatizer.lemma("hooked", xpos: "VBN") == "hook")
    }

    @Test func lemmatizerReadsACapitalisedPluralTaggedAsANameAsAPluralName() {
        let words: [(String, String, String)] = [
            ("clinics", "NNS", "clinic"), ("books", "NNS", "book"), ("times", "NNS", "time"), ("cabs", "NNS", "cab"),
            ("Times", "NNP", "Times"), ("Paris", "NNP", "Paris"),
        ]
        let lemmatizer = trainedLemmatizer(words)
        #expect(lemmatizer.lemma("Clinics", xpos: "NNP") == "Clinic")
        #expect(lemmatizer.lemma("Books", xpos: "NNP") == "Book")
        // A name the training data keeps whole, and one whose singular is no known word.
        #expect(lemmatizer.lemma("Times", xpos: "NNP") == "Times")
        #expect(lemmatizer.lemma("Athens", xpos: "NNP") == "Athens")
        #expect(lemmatizer.lemma("CLINICS", xpos: "NNP") == "CLINICS")
    }

    @Test func lemmatizerCapitalisesANameTypedInOneCase() {
        var words = [(String, String, String)](repeating: ("Zorpia", "NNP", "Zorpia"), count: 3)
        words += [(String, String, String)](repeating: ("Kingdom", "NNP", "Kingdom"), count: 3)
        words += [("kingdoms", "NNS", "kingdom"), ("Blix", "NNP", "Blix"), ("Blix", "NNP", "Blix")]
        let lemmatizer = trainedLemmatizer(words)
        #expect(lemmatizer.lemma("zorpia", xpos: "NN") == "Zorpia")
        #expect(lemmatizer.lemma("ZORPIA", xpos: "NNP") == "Zorpia")
        // A name that is also a common word, and one seen too rarely, keep the case they are typed in.
        #expect(lemmatizer.lemma("kingdom", xpos: "NN") == "kingdom")
        #expect(lemmatizer.lemma("blix", xpos: "NN") == "blix")
    }

    @Test func conlluRoundTripsItsTokens() {
        let sentence = TreebankSentence.read(
            conllu: "# text = Don't.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
                + "1\tDo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n"
                + "3\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_\n")[0]
        let written = ConlluWriter.sentence(
            Grammar.bundled.analyze(sentence.forms), comments: sentence.comments,
            multiwordTokens: sentence.multiwordTokens)
        let again = TreebankSentence.read(conllu: written)[0]
        #expect(again.forms == ["Do", "n't", "."])
        #expect(again.multiwordTokens == sentence.multiwordTokens)
        #expect(again.comments == ["# text = Don't."])
    }
}
