/**
 * Decap's Russian interface, completed: decap-cms-locales 3.8.2 ships a Russian locale that
 * lacks 36 of the English keys (the notes pane, the list/grid toggles, "Expand"/"Collapse" of
 * objects and lists…), which Decap then shows in English. These are the missing phrases; the
 * admin page registers Decap's own Russian merged with them. A test checks that together they
 * cover every key of the English locale, and that nothing here replaces a phrase Decap has.
 */
export const ruMissing = {
  auth: { loginWithForgejo: 'Войти через Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Показать списком', viewAsGrid: 'Показать сеткой' },
    entries: { unpublishedHeader: 'Неопубликованные записи' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Поле «%{widgetLabel}»' } },
    editorInterface: { toggleNotes: 'Показать или скрыть заметки' },
    editorNotesPane: {
      title: 'Заметки',
      emptyState: 'Заметок пока нет. Добавьте первую ниже, чтобы обсудить запись с коллегами.',
      addNote: 'Добавить заметку',
      addPlaceholder: 'Напишите заметку…',
      editPlaceholder: 'Измените заметку…',
      save: 'Сохранить',
      cancel: 'Отмена',
      edit: 'Изменить',
      delete: 'Удалить',
      resolve: 'Отметить решённой',
      unresolve: 'Вернуть в работу',
      confirmDelete: 'Удалить эту заметку?',
      shortcut: 'Совет: Ctrl+Enter быстро добавляет заметку',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Зачёркнутый',
        toggleMode: {
          rich: 'Перейти в визуальный режим',
          markdown: 'Перейти в режим Markdown',
        },
      },
      datetime: { setToNow: 'Поставить в «%{fieldLabel}» текущее время' },
      object: { expand: 'Развернуть', collapse: 'Свернуть' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Закрыть' } },
  ui: {
    settingsDropdown: { account: 'Меню учётной записи' },
    toast: {
      noteAdded: 'Заметка добавлена',
      onFailToAddNote: 'Не удалось добавить заметку: %{details}',
      noteUpdated: 'Заметка изменена',
      onFailToUpdateNote: 'Не удалось изменить заметку: %{details}',
      noteDeleted: 'Заметка удалена',
      onFailToDeleteNote: 'Не удалось удалить заметку: %{details}',
      noteResolved: 'Заметка отмечена решённой',
      noteReopened: 'Заметка возвращена в работу',
      onFailToToggleNote: 'Не удалось изменить состояние заметки: %{details}',
    },
  },
};

type Tree = { [key: string]: string | Tree };

/** `base` with the phrases of `extra` added (a phrase of `base` is kept). */
export function withPhrases(base: Tree, extra: Tree): Tree {
  const merged: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const present = merged[key];
    merged[key] =
      typeof value === 'string'
        ? (present ?? value)
        : withPhrases(typeof present === 'object' ? present : {}, value);
  }
  return merged;
}
