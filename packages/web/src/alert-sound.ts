/**
 * The end of a cold round or of the skin rest is also heard and felt: a short chime made in the browser
 * with Web Audio (no sound file to download) and a vibration where the device has one. Browsers only let a
 * page make sound after the person has touched it, so the timer's Start button unlocks the sound first.
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (context) return context;
  const Audio = globalThis.AudioContext;
  if (typeof Audio !== "function") return null;
  try {
    context = new Audio();
  } catch {
    context = null;
  }
  return context;
}

/** Call from a click or key press: creates or resumes the audio context while the browser allows it. */
export function unlockSound(): void {
  const sound = audio();
  if (sound?.state === "suspended") void sound.resume().catch(() => undefined);
}

/** Two soft notes, about a second in all; quiet enough not to startle. */
export function chime(): void {
  const sound = audio();
  if (!sound) return;
  const start = sound.currentTime + 0.05;
  for (const [index, frequency] of [660, 880].entries()) {
    const tone = sound.createOscillator();
    const volume = sound.createGain();
    const at = start + index * 0.45;
    tone.type = "sine";
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, at);
    volume.gain.exponentialRampToValueAtTime(0.25, at + 0.03);
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.4);
    tone.connect(volume).connect(sound.destination);
    tone.start(at);
    tone.stop(at + 0.45);
  }
}

export function vibrate(): void {
  try {
    navigator.vibrate?.([200, 100, 200]);
  } catch {
    // Some browsers refuse vibration without a recent touch; the page and the chime still alert.
  }
}
