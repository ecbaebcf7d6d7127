package org.spectralbias.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The menus File (with Save and Save As for the editors), Window and Help. Help keeps the standard
 * {@code additions} group, where the p2 UI contributes "Install New Software…" and "Check for Updates".
 */
final class SpectralBiasActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quit;
	private IWorkbenchAction save;
	private IWorkbenchAction saveAs;
	private IWorkbenchAction preferences;
	private IWorkbenchAction resetPerspective;
	private AboutAction about;

	SpectralBiasActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quit = ActionFactory.QUIT.create(window);
		register(quit);
		save = ActionFactory.SAVE.create(window);
		register(save);
		saveAs = ActionFactory.SAVE_AS.create(window);
		register(saveAs);
		preferences = ActionFactory.PREFERENCES.create(window);
		register(preferences);
		resetPerspective = ActionFactory.RESET_PERSPECTIVE.create(window);
		register(resetPerspective);
		about = new AboutAction(window);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(save);
		file.add(saveAs);
		file.add(new Separator());
		file.add(quit);
		file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager window_ = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager("Show &View");
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		window_.add(showView);
		window_.add(resetPerspective);
		window_.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		window_.add(new Separator());
		window_.add(preferences);

		MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(new Separator());
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
		help.add(about);

		menuBar.add(file);
		menuBar.add(window_);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(help);
	}
}
