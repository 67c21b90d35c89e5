/** The browser refuses to make a file (as with a blob too large for memory): every download throws until `restore`. */
export function refuseDownloads(): { restore: () => void } {
  const create = URL.createObjectURL;
  URL.createObjectURL = () => {
    throw new DOMException('No memory for the file', 'QuotaExceededError');
  };
  return { restore: () => (URL.createObjectURL = create) };
}
