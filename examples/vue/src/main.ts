import { createApp } from 'vue';
import 'samenspel';
import App from './App.vue';

createApp(App).mount('#app');
