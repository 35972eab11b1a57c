/**
 * The API key lives in this tab's sessionStorage only: typed once per tab, gone when the tab closes, and
 * never part of the page or its bundle.
 */
const STORAGE_KEY = 'waqtor.apiKey';

export const storedApiKey = (): string | null => sessionStorage.getItem(STORAGE_KEY);

export const storeApiKey = (key: string): void => sessionStorage.setItem(STORAGE_KEY, key);

export const forgetApiKey = (): void => sessionStorage.removeItem(STORAGE_KEY);
