/** Raccolte: a placeholder until the collection campaigns exist; the shell is the same as every page's. */
import { mountShell } from '../lib/shell.ts';

mountShell();
