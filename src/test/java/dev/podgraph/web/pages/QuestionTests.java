package dev.podgraph.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wordings the search box understands, and what it takes from them.
 */
class QuestionTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			which guests talked about ethics?            | GuestsAbout   | ethics
			Which guests have talked about AI ethics     | GuestsAbout   | AI ethics
			what guests spoke about Bias in models?      | GuestsAbout   | Bias in models
			who discussed data governance                | GuestsAbout   | data governance
			guests on responsible AI                     | GuestsAbout   | responsible AI
			who works at Metropolitan Police?            | WhoWorksAt    | Metropolitan Police
			Who is from Orbition Group                   | WhoWorksAt    | Orbition Group
			people at Cambridge Spark                    | WhoWorksAt    | Cambridge Spark
			episodes about predictive analytics          | EpisodesAbout | predictive analytics
			Which episodes discuss public trust?         | EpisodesAbout | public trust
			shows on data culture                        | EpisodesAbout | data culture
			ethics                                       | Words         | ethics
			Aimee Smith                                  | Words         | Aimee Smith
			who is Aimee Smith?                          | Words         | who is Aimee Smith?
			""")
	void understandsTheWordingsOfEachQuestion(String text, String kind, String subject) {
		Question question = Question.of(text);

		assertThat(question.getClass().getSimpleName()).isEqualTo(kind);
		String taken = switch (question) {
			case Question.GuestsAbout q -> q.topic();
			case Question.WhoWorksAt q -> q.organisation();
			case Question.EpisodesAbout q -> q.topic();
			case Question.Words q -> q.text();
		};
		assertThat(taken).isEqualTo(subject);
	}

}
