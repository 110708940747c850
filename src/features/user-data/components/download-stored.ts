import { downloadBlob } from '../../../components/ui/download';
import { readPointer } from '../model/user-events-pointer';
import { downloadableText } from '../store/user-events-persistence';

/**
 * Downloads stored text of the user's events (their key's text, a backup): at once, or, for a
 * pointer to a large set in IndexedDB, that set's text once read (the pointer if it cannot be).
 */
export function downloadStoredText(text: string, fileName: string): void {
  if (!readPointer(text)) downloadBlob(text, fileName, 'application/json');
  else void downloadableText(text).then((data) => downloadBlob(data, fileName, 'application/json'));
}
