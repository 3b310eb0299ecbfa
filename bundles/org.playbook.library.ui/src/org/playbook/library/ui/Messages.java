package org.playbook.library.ui;

import org.eclipse.osgi.util.NLS;

/** The library views' words, in messages.properties: a translation is a fragment with messages_xx.properties. */
public final class Messages extends NLS {
	public static String FacetLabels_category;
	public static String FacetLabels_polarity;
	public static String FacetLabels_source;
	public static String FacetLabels_tag;
	public static String FacetLabels_kind;
	public static String FacetLabels_client;
	public static String SearchView_searching;
	public static String SharedLibrary_pushing;
	public static String SharedLibraryPreferencePage_description;
	public static String SharedLibraryPreferencePage_server;
	public static String SharedLibraryPreferencePage_collection;
	public static String SearchView_results;
	public static String SearchView_oneResult;
	public static String SearchView_aboutResults;
	public static String SearchView_searchFailed;
	public static String SearchView_inPost;
	public static String ReviewProposalsPage_reviewProposedFrom;
	public static String ReviewProposalsPage_elseRunnerUp;
	public static String RelatedPracticesView_relatedTo;
	public static String RelatedPracticesView_couldNotBeFound;
	public static String PracticeView_postTextCannotBeRead;
	public static String PracticeView_byAuthor;
	public static String PracticeView_inTheWordsOfThePost;
	public static String ImportPostWizard_postCouldNotBeRead;
	public static String ImportPostWizard_reading;
	public static String ChoosePostPage_noSuchFile;
	public static String ChoosePostPage_chooseAPost;
	public static String ChoosePostPage_aBlogPostSaved;
	public static String ChoosePostPage_fromAFile;
	public static String ChoosePostPage_browse;
	public static String ChoosePostPage_pastedTextTitled;
	public static String ChoosePostPage_chooseAFile;
	public static String ChoosePostPage_pasteTheTextOf;
	public static String SearchView_searchPracticesListenMore;
	public static String SearchView_result;
	public static String SearchView_kind;
	public static String SearchView_whereItMatched;
	public static String SearchView_openingTheLibrary;
	public static String SearchView_searchingThePracticeLibrary;
	public static String LibraryAccess_openingThePracticeLibrary;
	public static String LibraryAccess_thePlaybookWorkbenchOpening;
	public static String LibraryAccess_indexingSavedStrategies;
	public static String PracticeView_selectAPractice;
	public static String PracticeView_unknownPost;
	public static String PracticeView_postNotFound;
	public static String RelatedPracticesView_selectAPracticeA;
	public static String RelatedPracticesView_findingRelatedPractices;
	public static String PracticeDisplay_thePracticeViewDoes;
	public static String ImportPostWizard_importABlogPost;
	public static String ReviewProposalsPage_reviewTheProposedPractices;
	public static String ReviewProposalsPage_keepThePracticesWorth;
	public static String ReviewProposalsPage_title;
	public static String ReviewProposalsPage_category;
	public static String ReviewProposalsPage_polarity;
	public static String ReviewProposalsPage_inTheWordsOf;
	public static String ReviewProposalsPage_playbookFoundNoAdvice;
	private static final String BUNDLE_NAME = "org.playbook.library.ui.messages";

	public static String Apply_command;
	public static String Apply_failed;
	public static String Apply_noStrategy;
	public static String Apply_noStrategyTitle;
	public static String SearchView_postUnreadable;
	public static String Review_confidence;
	public static String Review_sameAs;
	public static String Review_sure;
	public static String Review_guess;
	public static String Review_sameAsValue;
	public static String Review_message;
	public static String Review_messageWithMerges;
	public static String Review_messageWithGuesses;
	public static String Review_messageLikeDropped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
